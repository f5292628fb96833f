import {
  type Attack,
  type Bounds,
  type DerivedFact,
  deriveFacts,
  type FuzzyDate,
  isResolved,
  measureBounds,
  type RecordKind,
  type SitrepRecord,
} from '@sitrep/domain'

export const kindLabels: { [K in RecordKind]: string } = {
  talk: 'Talks',
  aid: 'Aid',
  attack: 'Attack',
  statement: 'Statement',
}

/** The list page of each kind, which is also where the nav points. */
export const kindRoutes: { [K in RecordKind]: string } = {
  talk: '/talks',
  aid: '/aid',
  attack: '/attacks',
  statement: '/statements',
}

export const recordHref = (id: string) => `/records/${encodeURIComponent(id)}`

export interface RecordDate {
  /** The displayed date, or the strongest position's when sources disagree. */
  readonly date: FuzzyDate | undefined
  readonly disputed: boolean
}

/** A record's date as derived from its claims (disputes.ts), never read from one claim. */
export const recordDate = (record: SitrepRecord): RecordDate => {
  const fact = deriveFacts(record).find((f) => f.fact === 'date')
  const value = fact?.value ?? fact?.positions[0]?.value
  const date = value && typeof value === 'object' && 'resolved' in value ? value : undefined
  return { date, disputed: fact?.status === 'disputed' }
}

/** The first day a record's date allows, for ordering and charts. */
export const firstDay = (record: SitrepRecord): string | undefined => {
  const { date } = recordDate(record)
  return date && isResolved(date) ? date.start : undefined
}

/** The value a fact displays, or every position's when it is disputed. */
export const factValues = <F extends DerivedFact>(fact: F) =>
  fact.value === undefined ? fact.positions.map((p) => p.value) : [fact.value]

/**
 * Casualty bounds of an attack: per count, the widest scope's bounds (a nationwide count already
 * includes the city's), the low end as the strongest floor any source gives.
 */
export const casualtyBounds = (attack: Attack, fact: 'killed' | 'injured'): Bounds | undefined => {
  let widest: Bounds | undefined
  for (const claim of attack.claims) {
    if (claim.fact !== fact) continue
    const b = measureBounds(claim.value)
    if (!widest || b.low > widest.low || (b.low === widest.low && b.high > widest.high)) widest = b
  }
  return widest
}
