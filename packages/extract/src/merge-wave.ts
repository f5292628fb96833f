import { type Attack, type Measure, placeById } from '@sitrep/domain'
import { countsOf } from './merge-counts.ts'
import type { Signal } from './merge-signals.ts'
import { sharedNight } from './merge-time.ts'

/**
 * A launch count no one city's share of a night reaches: a night this large is a wave across
 * the country ("810 drones", the Air Force's 643 weapons), not a local raid.
 */
const WAVE = 100
/** Two counts of the whole country this far apart are two nights: almost 600 drones and 95. */
const APART = 0.25

const AERIAL = new Set(['drone', 'missile'])
const WEAPONS = new Set(['drones', 'missiles', 'weapons'])
/** Words that tell an attack on the country rather than on one city. */
const ACROSS =
  /\b(?:across (?:the country|Ukraine)|cities across|other (?:regions|parts|cities) of Ukraine)\b/i

const isCountry = (id: string | undefined) => id !== undefined && placeById(id)?.kind === 'country'

/** Counts of the whole country: stated for it, or stated for nowhere in particular. */
const nationwide = (r: Attack, fact: 'launched' | 'intercepted'): Measure[] =>
  countsOf(r, fact).filter(
    (m) =>
      m.subject !== undefined &&
      WEAPONS.has(m.subject) &&
      (m.scope === undefined || isCountry(m.scope)),
  )

/** The figure a source gives: "almost 600" is about 600, as "over 300" is about 300. */
const figure = (m: Measure) => (m.qualifier === 'range' ? m.max : m.value)

const largest = (counts: readonly Measure[]) =>
  counts.reduce<Measure | undefined>(
    (best, m) => (figure(m) >= WAVE && (!best || figure(m) > figure(best)) ? m : best),
    undefined,
  )

const apart = (m: Measure, n: Measure) =>
  Math.abs(figure(m) - figure(n)) / Math.max(figure(m), figure(n), 1) > APART

/**
 * A wave across the country, as a record tells it: a count no city's share reaches (shot down
 * counts too: 568 downed were more launched), a toll counted for the whole country, or words of
 * the country rather than a city ("Kyiv and other regions of Ukraine").
 */
const waveOf = (r: Attack): string | undefined => {
  const count = largest([...nationwide(r, 'launched'), ...nationwide(r, 'intercepted')])
  if (count) return `a wave of ${count.raw ?? figure(count)}`
  const toll = r.claims.some(
    (c) => (c.fact === 'killed' || c.fact === 'injured') && isCountry(c.value.scope),
  )
  if (toll) return 'a toll across the country'
  return r.claims.some((c) => ACROSS.test(c.quote)) ? 'an attack across the country' : undefined
}

/**
 * Drones and missiles together are a combined strike, which Russia flies as one wave across
 * the country: two cities' reports of one such night (Smila and Drohobych) are of that wave.
 */
const combined = (r: Attack) =>
  r.weapons.some((w) => w.type === 'drone') && r.weapons.some((w) => w.type === 'missile')
const COMBINED = 'drones and missiles in both, a combined wave'

/** Both count the country's night, and too differently to be one: 600 drones and 95. */
const twoNights = (a: Attack, b: Attack) =>
  (['launched', 'intercepted'] as const).some((fact) =>
    nationwide(a, fact).some((m) =>
      nationwide(b, fact).some((n) => m.subject === n.subject && apart(m, n)),
    ),
  )

/**
 * One overnight wave is one event whatever cities a report names: Kremenchuk's bridge and
 * Kyiv's government building were struck by the one wave of 810 drones. A report of a city
 * struck on the night the other tells as a wave across the country, both in words with no
 * other reading, is a place of that wave — unless one side is not an attack from the air
 * (shelling of a front-line town) or the two count the country's night too differently.
 */
export const waveSignal = (a: Attack, b: Attack): Signal | undefined => {
  const aerial = (r: Attack) => r.weapons.every((w) => AERIAL.has(w.type))
  if (!aerial(a) || !aerial(b)) return undefined
  const wave = waveOf(a) ?? waveOf(b) ?? (combined(a) && combined(b) ? COMBINED : undefined)
  if (!wave || twoNights(a, b)) return undefined
  const night = sharedNight(a, b)
  if (!night) return undefined
  return { weight: 0.2, reason: `both of the night ${night.start} to ${night.end}, ${wave}` }
}
