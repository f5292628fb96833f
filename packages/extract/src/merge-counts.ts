import { type Attack, type Measure, measureBounds } from '@sitrep/domain'
import type { Signal } from './merge-signals.ts'

export type CountFact = 'launched' | 'intercepted' | 'killed' | 'injured'
/**
 * "Two Kh-59 cruise missiles", "KN-23 ballistic missiles": a number written onto a designation
 * names the weapon, not how many were fired, whatever a reading of it says.
 */
const designation = (quote: string, raw: string | undefined) =>
  raw !== undefined &&
  new RegExp(`[\\p{L}]-${raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(quote)

/** What a report calls the weapons of a type when it counts them. */
const PLURAL: Partial<Record<Attack['weapons'][number]['type'], string>> = {
  drone: 'drones',
  missile: 'missiles',
  'glide-bomb': 'bombs',
}

/**
 * A dataset files each count under its weapon's model ("Shahed-136/131", "X-101/X-555 (line
 * 12)", "Shahed-136/131: lost to electronic warfare"), a report under the kind of weapon: a
 * model the record lists with its type counts that type, so "426 drones" meets the Air Force's
 * 426 Shahed-136/131.
 */
const typed = (r: Attack, m: Measure): Measure => {
  const subject = m.subject
  const weapon = r.weapons.find(
    (w) =>
      w.model !== undefined &&
      subject !== undefined &&
      (subject === w.model ||
        subject.startsWith(`${w.model} (`) ||
        subject.startsWith(`${w.model}:`)),
  )
  const plural = weapon && PLURAL[weapon.type]
  if (!plural) return m
  return m.qualifier === 'range'
    ? { ...m, subject: plural }
    : { ...m, subject: plural, raw: `${m.value} ${subject}` }
}

export const countsOf = (r: Attack, fact: CountFact): Measure[] =>
  r.claims.flatMap((c) =>
    c.fact === fact && !designation(c.quote, c.value.raw) ? [typed(r, c.value)] : [],
  )

const single = (m: Measure) => (m.qualifier === 'range' ? undefined : m.value)
const what = (m: Measure, fact: CountFact) =>
  fact === 'intercepted' ? `${m.subject ?? ''} shot down`.trim() : (m.subject ?? fact)

/** Counts as sources round them: "almost 600" for 598, "550" for 539 plus missiles. */
const NEAR = 0.03
/** Different enough that one night cannot have both: 728 drones and 42. */
const APART = 0.25
/** A launch count this large is rare enough to identify a night on its own. */
const DISTINCTIVE = 10

const relativeGap = (x: number, y: number) => Math.abs(x - y) / Math.max(x, y, 1)

type Verdict = {
  kind: 'same' | 'near' | 'fits' | 'close' | 'apart'
  reason: string
  value: number
}

/**
 * Sources count one night differently — with or without decoys, the Air Force's morning post or
 * its later update — so two large counts a tenth apart are likely one night, weakly.
 */
const NOISE = 0.1
/** Below this, counts a tenth apart are a few drones apart: common to many nights. */
const LARGE = 50

/**
 * "Four ballistic missiles and nine cruise missiles" are 13 missiles: several exact counts of
 * one thing in one scope also stand for their sum, so a report of the total can match.
 */
const withTotals = (counts: Measure[]): Measure[] => {
  const groups = new Map<string, Measure[]>()
  for (const c of counts)
    if (c.qualifier === 'exact' && c.subject) {
      const key = `${c.subject}|${c.scope ?? ''}`
      groups.set(key, [...(groups.get(key) ?? []), c])
    }
  const totals = [...groups.values()].flatMap((g): Measure[] => {
    const values = g.flatMap((c) => (c.qualifier === 'exact' ? [c.value] : []))
    const subject = g[0]?.subject
    if (values.length < 2 || !subject) return []
    const value = values.reduce((sum, v) => sum + v, 0)
    return [
      {
        qualifier: 'exact',
        value,
        subject,
        scope: g[0]?.scope,
        raw: `${values.join(' + ')} ${subject}`,
      },
    ]
  })
  return [...counts, ...totals, ...waveTotals([...counts, ...totals])]
}

/** A total the matcher added up, not one a source stated: it can agree, never count against. */
const DERIVED = '+'

/**
 * "537 aerial weapons" is the Air Force's 477 drones and 60 missiles: drones and missiles of
 * one scope also stand for their sum as weapons, so a report of the wave's total can match
 * one that counts each — when neither already states the total.
 */
const waveTotals = (counts: Measure[]): Measure[] => {
  if (counts.some((c) => c.subject === 'weapons')) return []
  const exact = (subject: string) =>
    counts.filter((c) => c.subject === subject && c.qualifier === 'exact')
  return exact('drones').flatMap((d) =>
    exact('missiles').flatMap((m): Measure[] =>
      d.qualifier === 'exact' && m.qualifier === 'exact' && d.scope === m.scope
        ? [
            {
              qualifier: 'exact',
              value: d.value + m.value,
              subject: 'weapons',
              scope: d.scope,
              raw: `${d.value} drones ${DERIVED} ${m.value} missiles`,
            },
          ]
        : [],
    ),
  )
}

/**
 * A source writes "almost 600" for 598 and "over 300" for 309, never for 68 or 700: a one-sided
 * bound fits only a figure near it, however open its bounds are.
 */
const nearBound = (x: number | undefined, y: number | undefined) =>
  x === undefined || y === undefined || relativeGap(x, y) <= APART

/** `parts`: a side holds several counts of the thing, so one of them may be a part, not apart. */
const compare = (m: Measure, n: Measure, fact: CountFact, parts = false): Verdict | undefined => {
  if (m.subject && n.subject && m.subject !== n.subject) return undefined
  const x = single(m)
  const y = single(n)
  const label = what(m.subject ? m : n, fact)
  if (x !== undefined && x === y && m.qualifier === 'exact' && n.qualifier === 'exact')
    return {
      kind: 'same',
      reason:
        m.raw?.includes('+') || n.raw?.includes('+')
          ? `${m.raw ?? `${x} ${label}`} and ${n.raw ?? `${x} ${label}`}: ${x} in both`
          : `${x} ${label} in both`,
      value: x,
    }
  if (x !== undefined && y !== undefined && relativeGap(x, y) <= NEAR)
    return { kind: 'near', reason: `${m.raw ?? x} and ${n.raw ?? y}: close`, value: x }
  const a = measureBounds(m)
  const b = measureBounds(n)
  if (a.low <= b.high && b.low <= a.high && nearBound(x, y))
    return {
      kind: 'fits',
      reason: `${m.raw ?? x} and ${n.raw ?? y} agree`,
      value: x ?? y ?? Math.max(a.low, b.low),
    }
  if (
    x !== undefined &&
    y !== undefined &&
    Math.min(x, y) >= LARGE &&
    relativeGap(x, y) <= NOISE &&
    !(m.scope && n.scope && m.scope !== n.scope)
  )
    return {
      kind: 'close',
      reason: `${m.raw ?? x} and ${n.raw ?? y}: within reporting noise`,
      value: x,
    }
  // Only counts of one stated scope are apart: "42 drones" may be Kyiv's share of 426.
  if (
    m.scope !== undefined &&
    m.scope === n.scope &&
    !parts &&
    x !== undefined &&
    y !== undefined &&
    relativeGap(x, y) > APART &&
    m.subject &&
    n.subject
  )
    return { kind: 'apart', reason: `${x} ${label} against ${y}`, value: x }
  return undefined
}

const WEIGHT: Record<Verdict['kind'], number> = {
  same: 0.35,
  near: 0.25,
  fits: 0.2,
  close: 0.1,
  apart: -0.3,
}
/**
 * Equal small counts ("4 missiles") are common to many nights, and a small count a bound merely
 * fits ("at least two ballistic missiles" and two Kinzhals) more common still.
 */
const weightOf = (v: Verdict) =>
  v.value >= DISTINCTIVE || v.kind === 'apart' ? WEIGHT[v.kind] : v.kind === 'same' ? 0.15 : 0.1

/**
 * Launch counts: the same large count in two reports ("426 drones in both") all but names the
 * night; a count far from the other's for the same weapon says another night. Counts of what was
 * shot down are compared apart from the launches, for agreement only: "eight drones and three
 * missiles, all shot down" is the Air Force's own tally of the night.
 */
export const launchSignals = (
  a: Attack,
  b: Attack,
  fact: 'launched' | 'intercepted' = 'launched',
): Signal[] => {
  const x = withTotals(countsOf(a, fact))
  const y = withTotals(countsOf(b, fact))
  const bySubject = new Map<string, Verdict>()
  for (const m of x)
    for (const n of y) {
      const parts = (r: Measure[], subject?: string) =>
        r.filter((c) => c.subject === subject).length > 1
      const v = compare(m, n, fact, parts(x, m.subject) || parts(y, n.subject))
      // Kyiv's 175 drones and the country's 440 are both true: counts of different scopes
      // never count against, but an equal one is the same figure pinned on another place.
      const scoped = m.scope && n.scope && m.scope !== n.scope
      if (!v || (scoped && v.kind !== 'same' && v.kind !== 'near')) continue
      // One city's share (175 drones on Kyiv) and a whole wave's count (183) a few apart are
      // two figures that happen to be close: only a count of one scope is read with noise.
      if (v.kind === 'close' && Boolean(m.scope) !== Boolean(n.scope)) continue
      // Shot-down tallies are split among a city's administration, its region and the Air
      // Force, whatever scope a sentence seems to give them: they agree, never count against.
      if (fact === 'intercepted' && v.kind === 'apart') continue
      // A total added up on both sides repeats the counts it was added from.
      const derived = [m, n].filter((c) => c.subject === 'weapons' && c.raw?.includes(DERIVED))
      if (derived.length === 2 || (derived.length === 1 && v.kind === 'apart')) continue
      const key = m.subject ?? n.subject ?? fact
      const held = bySubject.get(key)
      if (!held || weightOf(v) > weightOf(held)) bySubject.set(key, v)
    }
  // Each weapon's count is its own evidence: 598 drones and 31 missiles in both are two.
  return [...bySubject.values()]
    .map((v) => ({ reason: v.reason, weight: weightOf(v) }))
    .sort((p, q) => q.weight - p.weight)
}

/** A toll this large is rare enough that two close ones point to one strike. */
const HEAVY = 10
/** Tolls grow as the rubble is searched and sources round: 16 and 18 killed can be one. */
const CLOSE_TOLL = 0.15

/**
 * How two stated tolls of one fact bear on one strike: equal, close and heavy, or heavy and
 * still growing — "at least 15" in the morning and 28 two days on, as the rubble was searched.
 * A toll this heavy in one place is rare, so agreeing bounds say a little even far apart.
 */
const tollVerdict = (
  m: Measure,
  n: Measure,
  fact: 'killed' | 'injured',
): { reason: string; weight: number } | undefined => {
  const [x, y] = [single(m), single(n)]
  if (x === undefined || y === undefined || x <= 0) return undefined
  if (x === y) return { reason: `${x} ${fact}`, weight: TOLL }
  const a = measureBounds(m)
  const b = measureBounds(n)
  if (Math.min(x, y) < HEAVY || a.low > b.high || b.low > a.high) return undefined
  return relativeGap(x, y) <= CLOSE_TOLL
    ? { reason: `${m.raw ?? x} and ${n.raw ?? y} ${fact}`, weight: TOLL }
    : { reason: `${m.raw ?? x} and ${n.raw ?? y} ${fact} (a toll that grew)`, weight: GROWN }
}

/** An equal toll, or a heavy one close to the other. */
const TOLL = 0.1
/** A heavy toll whose bounds leave room for the other's, larger or smaller: it may have grown. */
const GROWN = 0.05

/**
 * Tolls grow as the rubble is searched, so an equal toll counts, or a heavy one close to the
 * other whose bounds agree ("at least 16" and "at least 18" killed), and a heavy one the other's
 * bounds leave room for a little; never against. "No casualties" in both says nothing.
 */
export const tollSignal = (a: Attack, b: Attack): Signal | undefined => {
  const same = (['killed', 'injured'] as const).flatMap((fact) =>
    countsOf(a, fact).flatMap((m) =>
      countsOf(b, fact).flatMap((n) => {
        if (m.scope && n.scope && m.scope !== n.scope) return []
        if (m.subject !== n.subject) return []
        const verdict = tollVerdict(m, n, fact)
        return verdict ? [{ fact, ...verdict }] : []
      }),
    ),
  )
  // One toll per fact, the strongest: "18 killed" may meet both "at least 16" and "16".
  const best = (['killed', 'injured'] as const).flatMap((fact) => {
    const of = same.filter((s) => s.fact === fact).sort((p, q) => q.weight - p.weight)
    return of[0] ? [of[0]] : []
  })
  const weight = best.reduce((sum, s) => sum + s.weight, 0)
  return best.length > 0
    ? {
        weight: Math.min(0.15, Math.round(weight * 100) / 100),
        reason: `${best.map((s) => s.reason).join(', ')} in both`,
      }
    : undefined
}

/**
 * What ties two reports to one night by the night itself: a launch or shot-down count too large
 * to recur by chance, or a toll both tell. A city both name and the same mix of weapons are
 * common to many nights.
 */
export const nightEvidence = (a: Attack, b: Attack): boolean =>
  [...launchSignals(a, b), ...launchSignals(a, b, 'intercepted')].some(
    (s) => s.weight >= WEIGHT.fits,
  ) || tollSignal(a, b) !== undefined
