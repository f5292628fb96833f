import type { Brief, BriefCitation } from './brief.ts'
import { dayPhrase } from './phrases.ts'

export interface Footnote {
  readonly n: number
  readonly citation: BriefCitation
}

// One note per passage: two records citing the same words of a source share it.
const keyOf = (c: BriefCitation) =>
  [c.sourceId, c.span?.start ?? '', c.span?.end ?? '', c.quote].join('\u0000')

/**
 * Numbers the brief's citations in reading order; the same words of the same source cited twice
 * share one number. `numberOf` gives a citation's number as the notes list it.
 */
export const footnotesOf = (brief: Brief) => {
  const byKey = new Map<string, Footnote>()
  for (const s of brief.sections)
    for (const sentence of s.sentences)
      for (const part of sentence.parts)
        for (const citation of part.citations) {
          const key = keyOf(citation)
          if (!byKey.has(key)) byKey.set(key, { n: byKey.size + 1, citation })
        }
  return {
    notes: [...byKey.values()],
    numberOf: (c: BriefCitation): number => byKey.get(keyOf(c))?.n ?? 0,
  }
}

/** The first and last few words of a quote: a text fragment that finds a long span. */
const fragmentOf = (quote: string): string => {
  const line = quote.split('\n')[0] ?? quote
  const ws = line.trim().split(/\s+/)
  const enc = (t: string) => encodeURIComponent(t).replace(/-/g, '%2D').replace(/,/g, '%2C')
  return ws.length <= 8
    ? enc(line.trim())
    : `${enc(ws.slice(0, 4).join(' '))},${enc(ws.slice(-4).join(' '))}`
}

/**
 * The source page opened at the quoted words (a URL text fragment, which browsers scroll to and
 * highlight); undefined when sitrep knows no URL for the source.
 */
export const sourceUrlAtSpan = (c: BriefCitation): string | undefined =>
  c.url ? `${c.url.split('#')[0]}#:~:text=${fragmentOf(c.quote)}` : undefined

/** "TASS, 21 July 2025": who published the words and when. */
export const footnoteByline = (c: BriefCitation): string =>
  [
    c.outlet ?? c.sourceTitle ?? c.sourceId,
    c.publishedAt ? dayPhrase(c.publishedAt.slice(0, 10)) : undefined,
  ]
    .filter(Boolean)
    .join(', ')

/** "the week of 14 to 20 July 2025", "since revision 42": what the brief covers, in words. */
export const scopePhrase = (brief: Brief): string => {
  const { from, to, sinceRevision, placeId, actorId, kind } = brief.scope
  const period =
    sinceRevision !== undefined
      ? `changes since revision ${sinceRevision}`
      : from && to
        ? from === to
          ? dayPhrase(from)
          : `${dayPhrase(from)} to ${dayPhrase(to)}`
        : 'all dates'
  const filters = [
    placeId ? `place ${placeId}` : undefined,
    actorId ? `actor ${actorId}` : undefined,
    kind?.length ? `kinds ${kind.join(', ')}` : undefined,
  ].filter(Boolean)
  return filters.length ? `${period} (${filters.join('; ')})` : period
}
