import type { Asserter, AttributionKind, Channel, Evidence } from '../evidence.ts'
import type { FactValue } from '../fact-rules.ts'
import type { FuzzyDate } from '../fuzzy-date.ts'
import type { IsoDate } from '../iso-date.ts'
import type { FactName } from '../record.ts'

/** Who is behind a claim, in the shapes the seed article uses. */
export interface Attribution {
  readonly assertedBy: Asserter
  readonly attribution: AttributionKind
  readonly citing?: Asserter
  readonly reportedBy?: Asserter
  readonly channel?: Channel
}

const actor = (actorId: string): Asserter => ({ type: 'actor', actorId })

/** A named person speaking on the record: "Zelensky said". */
export const named = (
  actorId: string,
  more: Partial<Omit<Attribution, 'assertedBy' | 'attribution'>> = {},
): Attribution => ({ assertedBy: actor(actorId), attribution: 'named-official', ...more })

/** An institution speaking: "the Ministry of Defence in Moscow said". */
export const body = (actorId: string, channel: Channel = 'official-statement'): Attribution => ({
  assertedBy: actor(actorId),
  attribution: 'official-body',
  channel,
})

/** Unnamed officials of a known side: "Ukrainian officials said". */
export const unnamedOfficials = (description: string, affiliationId: string): Attribution => ({
  assertedBy: { type: 'unnamed', description, affiliationId },
  attribution: 'unnamed-officials',
})

/** An anonymous source carried by an outlet: "TASS, referring to an unnamed source". */
export const unnamedSource = (reportedById: string): Attribution => ({
  assertedBy: { type: 'unnamed', description: 'an unnamed source' },
  reportedBy: actor(reportedById),
  attribution: 'unnamed-source',
  channel: 'news-agency-report',
})

/** The article's own reporting, with no further attribution. */
export const reported: Attribution = {
  assertedBy: { type: 'unnamed', description: 'the reporting outlet' },
  attribution: 'media-report',
  channel: 'article',
}

/**
 * Evidence pointing into one source text. The span is found from the quote, so a quote that is
 * not in the text verbatim, or is there twice without saying which, fails at load.
 */
export const evidenceIn =
  (sourceId: string, text: string) =>
  (id: string, quote: string, who: Attribution, occurrence = 1): Evidence => {
    let start = -1
    for (let i = 0; i < occurrence; i++) start = text.indexOf(quote, start + 1)
    if (start < 0) throw new Error(`seed evidence ${id}: quote not found in ${sourceId}: ${quote}`)
    if (occurrence === 1 && text.indexOf(quote, start + 1) >= 0)
      throw new Error(`seed evidence ${id}: quote occurs more than once; give the occurrence`)
    return {
      id,
      sourceId,
      span: { start, end: start + quote.length },
      quote,
      verification: 'unverified',
      ...who,
    }
  }

/** Relative dates of the seed, resolved against its publication day. */
export const datesAnchoredAt = (anchor: IsoDate) => ({
  day: (raw: string, date: IsoDate): FuzzyDate => ({
    resolved: true,
    start: date,
    end: date,
    precision: 'day',
    raw,
    anchor,
  }),
  night: (raw: string, evening: IsoDate, morning: IsoDate): FuzzyDate => ({
    resolved: true,
    start: evening,
    end: morning,
    precision: 'night',
    raw,
    anchor,
  }),
  span: (
    raw: string,
    start: IsoDate,
    end: IsoDate,
    precision: 'week' | 'month' | 'year',
  ): FuzzyDate => ({
    resolved: true,
    start,
    end,
    precision,
    raw,
    anchor,
  }),
  undated: (raw: string, reason: string): FuzzyDate => ({
    resolved: false,
    precision: 'day',
    raw,
    reason,
  }),
})

/** A claim: evidence asserting `value` for `fact`. */
export const claim = <F extends FactName>(
  fact: F,
  value: FactValue<F>,
  e: Evidence,
): Evidence & { fact: F; value: FactValue<F> } => ({ ...e, fact, value })
