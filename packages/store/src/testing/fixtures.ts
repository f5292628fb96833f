import type { Place, SitrepRecord, WriteContext } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'

/** Fixtures are the seed article's own records, looked up by id. */
export const seedRecord = <K extends SitrepRecord['kind']>(
  kind: K,
  id: string,
): Extract<SitrepRecord, { kind: K }> => {
  const found = seedDataset.records.find((r) => r.id === id)
  if (!found || found.kind !== kind) throw new Error(`seed has no ${kind} ${id}`)
  return found as Extract<SitrepRecord, { kind: K }>
}

export const julyTalk = () => seedRecord('talk', 'talk-istanbul-2025-07')
export const russianDroneWave = () => seedRecord('attack', 'attack-ru-drones-ukraine-2025-07-21')

export const editor: WriteContext = { by: 'editor', reason: 'test edit' }

/** A slice of the gazetteer's hierarchy, enough for the region filters under test. */
export const testPlaces: Place[] = [
  {
    id: 'ua',
    name: 'Ukraine',
    aliases: [],
    kind: 'country',
    country: 'UA',
    coordinates: { lat: 49, lon: 32 },
  },
  {
    id: 'ua-kharkiv-oblast',
    name: 'Kharkiv Oblast',
    aliases: [],
    kind: 'region',
    country: 'UA',
    parentId: 'ua',
    coordinates: { lat: 49.5, lon: 36.5 },
  },
  {
    id: 'ua-kharkiv',
    name: 'Kharkiv',
    aliases: [],
    kind: 'city',
    country: 'UA',
    parentId: 'ua-kharkiv-oblast',
    coordinates: { lat: 49.99, lon: 36.23 },
  },
  {
    id: 'tr',
    name: 'Türkiye',
    aliases: [],
    kind: 'country',
    country: 'TR',
    coordinates: { lat: 39, lon: 35 },
  },
  {
    id: 'tr-istanbul',
    name: 'Istanbul',
    aliases: [],
    kind: 'city',
    country: 'TR',
    parentId: 'tr',
    coordinates: { lat: 41.01, lon: 28.98 },
  },
]
