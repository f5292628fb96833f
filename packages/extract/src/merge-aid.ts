import {
  type Aid,
  actorById,
  boundsOverlap,
  eurReferenceRates,
  type IsoDate,
  qualifiedBounds,
  type StatedMoney,
  toEur,
} from '@sitrep/domain'
import { amountsOf } from './merge-aid-amounts.ts'
import { itemCountSignal } from './merge-aid-items.ts'
import { type Signal, wordOverlap } from './merge-signals.ts'

const itemsOf = (r: Aid): string =>
  r.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : [])).join(' ')

/**
 * A figure with more than three significant digits ($696.12 million) is a fingerprint of one
 * announcement; round figures (€1 billion) recur.
 */
const precise = (amount: number) => {
  const digits = amount
    .toPrecision(15)
    .replace(/\.?0+$/, '')
    .replace(/^0\.0*|\./g, '')
  return digits.replace(/0+$/, '').length > 3
}

const show = (m: StatedMoney) => `${m.raw ?? `${m.amount} ${m.currency}`}`

const euros = (m: StatedMoney) => {
  const eur = m.eur?.amount
  if (eur === undefined) return ''
  return eur >= 1e9 ? `€${+(eur / 1e9).toFixed(1)}bn` : `€${Math.round(eur / 1e6)}m`
}

const inEuros = (m: StatedMoney) => (m.currency === 'EUR' ? show(m) : `${show(m)} ≈ ${euros(m)}`)

/**
 * "Nearly 16 billion kronor" is 15.6 billion, never 1.4: however open its bounds, a stated
 * bound fits only an amount within a tenth of it.
 */
const BOUND_NEAR = 0.1

/** Reference rates are averages over a period and sources round: a tenth apart is one sum. */
const CONVERTED = 0.1

/**
 * An amount's euro value: its own, or for an amount read without a day to price it ("SEK 25
 * billion a year" in a sentence the extractor did not date), the reference rate of the day the
 * other amount was priced on — rates move little between two reports of one package.
 */
const euroValue = (m: StatedMoney, day: IsoDate | undefined): number | undefined => {
  if (m.eur) return m.eur.amount
  const converted = day ? toEur(m, day, eurReferenceRates) : undefined
  return converted?.ok ? converted.value.amount : undefined
}

/**
 * A share one donor of a package pays ("Denmark, about $90 million") is smaller than the total
 * its partners announced: a smaller amount from some of the other's donors is a part, not apart.
 */
const partOf = (a: Aid, b: Aid, x: number, y: number) => {
  const [small, large] = x < y ? [a, b] : [b, a]
  const donors = new Set(large.donorIds)
  return (
    small.donorIds.length > 0 &&
    small.donorIds.length < donors.size &&
    small.donorIds.every((d) => donors.has(d))
  )
}

/**
 * "16 billion kronor" retold as "16 billion dollars": a figure stated digit for digit under
 * another currency's name is a rendering's slip more often than another package, so it counts
 * neither way strongly — a little for, never against.
 */
const sameFigure = (m: StatedMoney, n: StatedMoney) =>
  m.amount >= 1e6 && Math.abs(m.amount - n.amount) / Math.max(m.amount, n.amount) <= 0.01

/**
 * Money: donors pledge again and again (Norway's 1.4 billion kroner in 2024, its 7 billion in
 * 2025), so the same amount in the same currency is what ties two reports to one package and a
 * different one is evidence against — unless it is one donor's share of the other's total.
 * Amounts in different currencies are compared through the source's own conversion when it gives
 * one, and through their euro values at the domain's reference rates.
 */
const moneySignal = (a: Aid, b: Aid): Signal | undefined => {
  let apart: Signal | undefined
  let converted: Signal | undefined
  let relabelled: Signal | undefined
  for (const { money: m, own: mine } of amountsOf(a))
    for (const { money: n, own: theirs } of amountsOf(b)) {
      const pairs: [number, number][] = []
      if (m.currency === n.currency) pairs.push([m.amount, n.amount])
      if (m.sourceConversion?.currency === n.currency)
        pairs.push([m.sourceConversion.amount, n.amount])
      if (n.sourceConversion?.currency === m.currency)
        pairs.push([m.amount, n.sourceConversion.amount])
      for (const [p, q] of pairs) {
        const gap = Math.abs(p - q) / Math.max(p, q)
        // A conversion carries the stated amount's qualifier: "over 6 billion euros" fits 6.5.
        const fits = boundsOverlap(
          qualifiedBounds(m.qualifier, p, false),
          qualifiedBounds(n.qualifier, q, false),
        )
        if (gap <= 0.05 || (fits && gap <= BOUND_NEAR))
          return {
            weight: precise(p) && precise(q) ? 0.55 : 0.45,
            reason: `same amount (${show(m)} and ${show(n)})`,
          }
        if (mine && theirs && gap > 0.25 && !partOf(a, b, p, q))
          apart = { weight: -0.3, reason: `${show(m)} against ${show(n)}` }
      }
      if (m.currency !== n.currency && sameFigure(m, n))
        relabelled = {
          weight: 0.2,
          reason: `the same figure in another currency (${show(m)} and ${show(n)})`,
        }
      const [e, f] = [euroValue(m, n.eur?.rateDate), euroValue(n, m.eur?.rateDate)]
      // A source's own conversion is one rounding ("over 6 billion euros" for SEK 75 billion),
      // the reference rate another: either agreeing ties two currencies' amounts.
      if (m.currency !== n.currency && e && f && Math.abs(e - f) / Math.max(e, f) <= CONVERTED)
        converted = {
          weight: 0.35,
          reason: `same amount in euros (${inEuros(m)} and ${inEuros(n)})`,
        }
    }
  return converted ?? relabelled ?? apart
}

/**
 * Whether a record names a donor the dictionaries hold: "Madrid is to provide…" gives a donor
 * read from the name alone ("new-madrid"), which is no evidence of a donor other than Spain.
 */
const known = (r: Aid) => r.donorIds.some((d) => actorById(d) !== undefined)

/**
 * Donors: shared donors over the smaller list, not over both — one report names Norway, another
 * Norway and Romania, through which the system comes. Two reports that each name their donors
 * and share none are two donors' pledges (Sweden's 1.4 billion kronor and Norway's 1.4 billion
 * kroner): evidence against, though a misread donor keeps it from a veto.
 */
const donorSignal = (a: Aid, b: Aid): Signal | undefined => {
  const y = new Set(b.donorIds)
  const shared = [...new Set(a.donorIds)].filter((d) => y.has(d))
  const fewest = Math.min(new Set(a.donorIds).size, y.size)
  if (shared.length === 0)
    return fewest > 0 && known(a) && known(b)
      ? {
          weight: -0.2,
          reason: `no donor in common (${a.donorIds.join(', ')}; ${b.donorIds.join(', ')})`,
        }
      : undefined
  return {
    weight: (0.25 * shared.length) / fewest,
    reason: `same donor${shared.length > 1 ? 's' : ''} (${shared.join(', ')})`,
  }
}

const periodsOf = (r: Aid) =>
  r.claims.flatMap((c) => (c.fact === 'period' && c.value.resolved ? [c.value] : []))

/**
 * The years a package is for: Spain's €1 billion "for this year" of May 2024 and its €1 billion
 * "this year" of February 2025 are two packages, though the second names the agreement of May
 * 2024 it belongs to. Periods both state that share no day count against, whatever other dates
 * the two name; a year and the month inside it, or a span of years, do not.
 */
const periodSignal = (a: Aid, b: Aid): Signal | undefined => {
  const [x, y] = [periodsOf(a), periodsOf(b)]
  if (x.length === 0 || y.length === 0) return undefined
  if (x.some((p) => y.some((q) => p.start <= q.end && q.start <= p.end))) return undefined
  const [p, q] = [x[0], y[0]]
  return p && q
    ? {
        weight: -0.3,
        reason: `for ${p.raw ?? p.start} (${p.start.slice(0, 4)}) against for ${q.raw ?? q.start} (${q.start.slice(0, 4)})`,
      }
    : undefined
}

export const aidSignals = (a: Aid, b: Aid): (Signal | undefined)[] => {
  const items = wordOverlap(itemsOf(a), itemsOf(b))
  const meeting = (r: Aid) => r.forum?.meetingNumber
  return [
    donorSignal(a, b),
    { weight: 0.1, reason: `same recipient (${a.recipientId})` },
    periodSignal(a, b),
    moneySignal(a, b),
    items >= 0.3 && itemsOf(a) && itemsOf(b)
      ? { weight: 0.15, reason: `similar items (${Math.round(items * 100)}% shared words)` }
      : undefined,
    itemCountSignal(a, b),
    meeting(a) !== undefined && meeting(b) !== undefined
      ? meeting(a) === meeting(b)
        ? { weight: 0.15, reason: `same forum meeting (${meeting(a)})` }
        : { weight: -0.4, reason: `meeting ${meeting(a)} against meeting ${meeting(b)}` }
      : undefined,
  ]
}
