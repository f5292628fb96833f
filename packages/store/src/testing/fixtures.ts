import { actors, places, type SitrepRecord, type WriteContext } from '@sitrep/domain'
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

/** The domain's gazetteer and actor dictionary, as the running product loads them. */
export const dictionaries = { places, actors }
