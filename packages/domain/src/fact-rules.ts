import type { z } from 'zod'
import type { AidItemValue } from './aid.ts'
import type { EffectValue } from './attack.ts'
import { datesCompatible, type FuzzyDate } from './fuzzy-date.ts'
import { type Measure, measureBounds, measureScopeKey } from './measure.ts'
import { type Money, moneyBounds } from './money.ts'
import { boundsOverlap } from './qualifier.ts'
import type { AnyClaim, FactName } from './record.ts'
import type { AgendaValue, OutcomeValue, TalkStatusValue as TalkStatusSchema } from './talk.ts'

type TalkStatusValue = z.infer<typeof TalkStatusSchema>

export type FactValue<F extends FactName> = Extract<AnyClaim, { fact: F }>['value']

/**
 * How one fact's claims compare. `key` splits claims into separate facts (a count in Kyiv and a
 * count nationwide); `compatible` says whether two claims about the same fact can both be true;
 * `spread` ranks precision, so the displayed value is the tightest claim all sources allow.
 */
export interface FactRule<V> {
  readonly key: (value: V) => string
  readonly compatible: (a: V, b: V) => boolean
  readonly spread: (value: V) => number
}

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ')

const dateRule: FactRule<FuzzyDate> = {
  key: () => '',
  compatible: datesCompatible,
  spread: (d) => (d.resolved ? Date.parse(d.end) - Date.parse(d.start) : Number.POSITIVE_INFINITY),
}

const measureRule: FactRule<Measure> = {
  key: measureScopeKey,
  compatible: (a, b) => boundsOverlap(measureBounds(a), measureBounds(b)),
  spread: (m) => {
    const b = measureBounds(m)
    return b.high - b.low
  },
}

/**
 * Money in different currencies is compared through the euro values sitrep computed; an amount
 * nobody stated ("a considerable contribution") is compatible with any amount.
 */
const comparableBounds = (m: Money) => {
  if (m.kind !== 'amount') return undefined
  if (m.currency === 'EUR') return moneyBounds(m)
  if (!m.eur) return undefined
  const scale = m.eur.amount / m.amount
  const b = moneyBounds(m)
  return { low: b.low * scale, high: b.high * scale }
}

const moneyRule: FactRule<Money> = {
  key: (m) => (m.kind === 'amount' ? m.per : 'total'),
  compatible: (a, b) => {
    const x = comparableBounds(a)
    const y = comparableBounds(b)
    return !x || !y || boundsOverlap(x, y)
  },
  spread: (m) => {
    const b = comparableBounds(m)
    return b ? b.high - b.low : Number.POSITIVE_INFINITY
  },
}

const itemRule: FactRule<z.infer<typeof AidItemValue>> = {
  key: (item) => normalise(item.name),
  compatible: (a, b) =>
    !a.quantity || !b.quantity || measureRule.compatible(a.quantity, b.quantity),
  spread: (item) => (item.quantity ? measureRule.spread(item.quantity) : Number.POSITIVE_INFINITY),
}

/**
 * Statuses move forward (announced → confirmed → held → concluded), so claims along that path
 * are history, not disagreement; a round both held and cancelled is a dispute. The displayed
 * status is the latest, and on the same day the furthest along.
 */
const PROGRESS: readonly TalkStatusValue['status'][] = [
  'announced',
  'confirmed',
  'held',
  'concluded',
]
const progress = (s: TalkStatusValue['status']) => PROGRESS.indexOf(s)
const statusRule: FactRule<TalkStatusValue> = {
  key: () => '',
  compatible: (a, b) => {
    const [x, y] = [a.status, b.status]
    if (progress(x) >= 0 && progress(y) >= 0) return true
    const happened = (s: string) => s === 'held' || s === 'concluded'
    return !((x === 'cancelled' && happened(y)) || (y === 'cancelled' && happened(x)))
  },
  spread: (s) => -(Date.parse(s.asOf) / 86_400_000) * 10 - Math.max(progress(s.status), 0),
}

const agendaRule: FactRule<z.infer<typeof AgendaValue>> = {
  key: (a) => normalise(a.topic),
  compatible: (a, b) => a.included === b.included,
  spread: () => 0,
}

/** Outcomes and effects add up rather than compete: each is its own fact. */
const additive = <V>(describe: (v: V) => string): FactRule<V> => ({
  key: (v) => normalise(describe(v)),
  compatible: () => true,
  spread: () => 0,
})

export type FactRules = { readonly [F in FactName]: FactRule<FactValue<F>> }

export const factRules: FactRules = {
  date: dateRule,
  period: dateRule,
  status: statusRule,
  agenda: agendaRule,
  outcome: additive<z.infer<typeof OutcomeValue>>((o) => o.text),
  money: moneyRule,
  item: itemRule,
  attendance: measureRule,
  killed: measureRule,
  injured: measureRule,
  launched: measureRule,
  intercepted: measureRule,
  hit: measureRule,
  effect: additive<z.infer<typeof EffectValue>>((e) => `${e.type}|${e.placeIds.join(',')}`),
}
