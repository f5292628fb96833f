import { readFileSync } from 'node:fs'
import { Attack, places } from '@sitrep/domain'
import { parseCsv } from './air-force.ts'
import type { Split } from './types.ts'

/**
 * Incidents of the Bellingcat / CIR events dataset (/work/shared/data, up to December 2022),
 * read at eval time and never copied. They give hard negatives with no text to misread: the
 * same city on the next day, and another city on the same day. Two incidents in one city on
 * one day are left out — the data cannot say whether they are one strike.
 */
export const CIR_CSV =
  process.env.SITREP_CIR_CSV ?? '/work/shared/data/cir-bellingcat-events/events.csv'

const GROUPS = /civilian infrastructure damage|bombing or explosion|civilian casualty/i
/** Every n-th incident, so the set stays small and the same on every run. */
const SAMPLE_EVERY = 40

const cityIds = new Map(
  places
    .filter((p) => p.kind === 'city' && p.country === 'UA')
    .flatMap((p) => [p.name, ...p.aliases].map((n) => [n, p.id] as const)),
)

interface Incident {
  readonly entry: string
  readonly day: string
  readonly cityId: string
  readonly title: string
}

const recordOf = (i: Incident): Attack =>
  Attack.parse({
    kind: 'attack',
    id: `cir-${i.entry.toLowerCase()}`,
    title: i.title.slice(0, 300) || i.entry,
    attackerId: 'russia',
    targetId: 'ukraine',
    placeIds: [i.cityId],
    weapons: [],
    claims: [
      {
        fact: 'date',
        value: { resolved: true, start: i.day, end: i.day, precision: 'day', raw: i.day },
        id: `cir-${i.entry.toLowerCase()}-date`,
        sourceId: 'src-cir-dataset',
        quote: i.title || i.entry,
        assertedBy: { type: 'unnamed', description: 'Bellingcat / CIR' },
        attribution: 'dataset',
        channel: 'dataset',
        verification: 'unverified',
      },
    ],
  })

export interface DatasetPair {
  readonly id: string
  readonly split: Split
  readonly a: Attack
  readonly b: Attack
}

const shiftDay = (day: string, by: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10)

export const cirHardNegatives = (path = CIR_CSV): DatasetPair[] => {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'))
  const at = (r: string[], name: string) => r[header?.indexOf(name) ?? -1]?.trim() ?? ''
  const incidents: Incident[] = rows.flatMap((r) => {
    const cityId = cityIds.get(at(r, 'town/city'))
    const day = at(r, 'date')
    return cityId && /^\d{4}-\d{2}-\d{2}$/.test(day) && GROUPS.test(at(r, 'event_group'))
      ? [{ entry: at(r, 'entry'), day, cityId, title: at(r, 'title') }]
      : []
  })
  return incidents
    .filter((_, n) => n % SAMPLE_EVERY === 0)
    .flatMap((i, n) => {
      const split: Split = n % 2 === 0 ? 'dev' : 'test'
      const nextDay = incidents.find((j) => j.cityId === i.cityId && j.day === shiftDay(i.day, 1))
      const otherCity = incidents.find((j) => j.day === i.day && j.cityId !== i.cityId)
      return [nextDay, otherCity].flatMap((j) =>
        j ? [{ id: `cir ${i.entry} ~ ${j.entry}`, split, a: recordOf(i), b: recordOf(j) }] : [],
      )
    })
}
