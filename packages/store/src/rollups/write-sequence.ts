import type { SitrepRecord, WriteContext } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { generateRecords } from '../generate/generate-records.ts'
import { createRandom } from '../generate/random.ts'
import type { Store } from '../store.ts'

const desk: WriteContext = { by: 'desk', reason: 'rollup test' }

type Writes = Pick<
  Store,
  'createRecord' | 'updateRecord' | 'deleteRecord' | 'restoreRecord' | 'importRecords' | 'getRecord'
>

/**
 * A random sequence of every kind of write a store takes (batches, creates, rewrites into another
 * kind's figures, deletes, restores), seeded so that a failure replays. Returns the records live
 * at the end, which a store loaded with them alone must sum the same.
 */
export const randomWrites = async (
  store: Writes,
  seed: number,
  steps: number,
): Promise<SitrepRecord[]> => {
  const rng = createRandom(seed)
  const fresh = [...seedDataset.records, ...generateRecords({ records: 120, seed })]
  const take = () => {
    const next = fresh.shift()
    if (!next) throw new Error('the write sequence ran out of records')
    return next
  }
  const live = new Map<string, SitrepRecord>()
  const deleted = new Map<string, SitrepRecord>()
  const version = async (id: string) =>
    (await store.getRecord(id, { includeDeleted: true })).meta.version
  for (let step = 0; step < steps; step++) {
    const roll = rng.next()
    const liveIds = [...live.keys()]
    if (roll < 0.25 || liveIds.length < 3) {
      const batch = Array.from({ length: rng.int(1, 8) }, take)
      await store.importRecords(batch, desk)
      for (const r of batch) live.set(r.id, r)
    } else if (roll < 0.4) {
      const record = take()
      await store.createRecord(record, desk)
      live.set(record.id, record)
    } else if (roll < 0.7) {
      // Another record's content under this id: its kind, dates, tolls and donors all move.
      const id = rng.pick(liveIds)
      const record: SitrepRecord = { ...take(), id }
      await store.updateRecord(id, record, await version(id), desk)
      live.set(id, record)
    } else if (roll < 0.85) {
      const id = rng.pick(liveIds)
      const record = live.get(id)
      if (!record) continue
      await store.deleteRecord(id, await version(id), desk)
      deleted.set(id, record)
      live.delete(id)
    } else {
      const [gone] = deleted
      if (!gone) continue
      const [id, record] = gone
      await store.restoreRecord(id, await version(id), desk)
      live.set(id, record)
      deleted.delete(id)
    }
  }
  return [...live.values()]
}
