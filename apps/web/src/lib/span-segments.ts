export interface MarkedSpan {
  readonly id: string
  readonly start: number
  readonly end: number
}

export interface Segment {
  readonly start: number
  readonly end: number
  /** The evidence whose span covers this stretch of text; empty for unquoted text. */
  readonly ids: readonly string[]
  /** The evidence whose span starts here, for anchors that link straight to it. */
  readonly starting: readonly string[]
}

/**
 * Cuts a text at every span boundary, so overlapping quotes (two claims citing one sentence, a
 * claim quoting part of another's) each stay marked without nesting elements.
 */
export const spanSegments = (length: number, spans: readonly MarkedSpan[]): Segment[] => {
  const inside = spans.filter((s) => s.start >= 0 && s.end <= length && s.start < s.end)
  const cuts = [...new Set([0, length, ...inside.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  )
  return cuts.slice(0, -1).flatMap((start, i) => {
    const end = cuts[i + 1] ?? length
    if (end <= start) return []
    return [
      {
        start,
        end,
        ids: inside.filter((s) => s.start <= start && end <= s.end).map((s) => s.id),
        starting: inside.filter((s) => s.start === start).map((s) => s.id),
      },
    ]
  })
}
