import type { StatsSeries } from '@sitrep/domain'

type AidRow = StatsSeries['aid'][number]

/** Donors drawn apart; the rest are summed as one, so the chart stays readable at 390 px. */
export const DRAWN_DONORS = 5

export interface AidPoint {
  readonly start: string
  /** Euros in the bucket, and summed up to its end (the Kiel tracker's cumulative view). */
  readonly pledged: number
  readonly delivered: number
  readonly pledgedToDate: number
  readonly deliveredToDate: number
}

export interface AidPanel {
  /** A donor's id, or null for the donors summed together. */
  readonly donorId: string | null
  readonly points: readonly AidPoint[]
  readonly pledged: number
  readonly delivered: number
}

const panelOf = (
  donorId: string | null,
  rows: readonly AidRow[],
  starts: readonly string[],
): AidPanel => {
  let pledgedToDate = 0
  let deliveredToDate = 0
  const points = starts.map((start): AidPoint => {
    const here = rows.filter((r) => r.start === start)
    const pledged = here.reduce((n, r) => n + r.pledged.eurAtLeast, 0)
    const delivered = here.reduce((n, r) => n + r.delivered.eurAtLeast, 0)
    pledgedToDate += pledged
    deliveredToDate += delivered
    return { start, pledged, delivered, pledgedToDate, deliveredToDate }
  })
  return { donorId, points, pledged: pledgedToDate, delivered: deliveredToDate }
}

/**
 * Pledged and delivered euros per donor over the buckets, largest donors first, the others as
 * one panel. Requests are left out: a request is not aid until a donor answers it.
 */
export const aidPanels = (rows: readonly AidRow[], starts: readonly string[]): AidPanel[] => {
  const byDonor = new Map<string, AidRow[]>()
  for (const row of rows) byDonor.set(row.donorId, [...(byDonor.get(row.donorId) ?? []), row])
  const panels = [...byDonor]
    .map(([donorId, donorRows]) => panelOf(donorId, donorRows, starts))
    .filter((p) => p.pledged + p.delivered > 0)
    .sort((a, b) => b.pledged + b.delivered - (a.pledged + a.delivered))
  const others = panels.slice(DRAWN_DONORS)
  if (others.length < 2) return panels
  const otherIds = new Set(others.map((p) => p.donorId))
  return [
    ...panels.slice(0, DRAWN_DONORS),
    panelOf(
      null,
      rows.filter((r) => otherIds.has(r.donorId)),
      starts,
    ),
  ]
}
