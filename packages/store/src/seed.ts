import { Actor, Place, SitrepRecord, Source } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import type { Database } from './database.ts'
import {
  dictionariesFingerprint,
  storedFingerprint,
  writeDictionaries,
} from './dictionary-version.ts'
import { ValidationFailed } from './errors.ts'
import type { StoreContext } from './parts/context.ts'
import { ancestorsFrom } from './place-rows.ts'
import { placeAncestry } from './queries/dictionaries.ts'
import { upsertSources } from './queries/sources.ts'
import { rebuildRegionRollups } from './rollups/rebuild-regions.ts'
import type { OnUpgrade } from './upgrade-event.ts'
import { validate } from './validate.ts'
import { importRecords } from './write-records.ts'

/** What `seed` loads on first start: the seed article's sources and records, and dictionaries. */
export interface SeedDataset {
  sources: readonly Source[]
  records: readonly SitrepRecord[]
  places?: readonly Place[]
  actors?: readonly Actor[]
}

export interface SeedOptions {
  /** Told before a store that already holds records re-derives them for changed dictionaries. */
  onUpgrade?: OnUpgrade | undefined
}

const SEEDED = 'seeded_at'

/** Seeding happens once per database: a user who deletes seed records must not see them return. */
const isSeeded = async (db: Kysely<Database>): Promise<boolean> =>
  (await db
    .selectFrom('store_meta')
    .select('store_meta.value')
    .where('store_meta.key', '=', SEEDED)
    .executeTakeFirst()) !== undefined

const markSeeded = async (db: Kysely<Database>, at: string): Promise<void> => {
  await db.insertInto('store_meta').values({ key: SEEDED, value: at }).execute()
}

/**
 * Loads the dataset's records and sources once, atomically; later calls return false and leave
 * them alone, even if seed records were edited or deleted since. The dictionaries, which ship with
 * the code, are reloaded whenever they changed.
 */
export const seedStore = async (
  { search, transact, bulk, now }: StoreContext,
  dataset: SeedDataset,
  options: SeedOptions = {},
): Promise<boolean> => {
  const sources = validate(z.array(Source), dataset.sources, 'seed sources')
  const records = validate(z.array(SitrepRecord), dataset.records, 'seed records')
  const places = validate(z.array(Place).optional(), dataset.places, 'seed places')
  const actors = validate(z.array(Actor).optional(), dataset.actors, 'seed actors')
  const fingerprint =
    places || actors ? dictionariesFingerprint(places ?? [], actors ?? []) : undefined
  return transact(async (trx) => {
    const dictionariesChanged =
      fingerprint !== undefined && fingerprint !== (await storedFingerprint(trx))
    const seeded = await isSeeded(trx)
    if (dictionariesChanged && seeded) options.onUpgrade?.({ phase: 'dictionaries' })
    if (dictionariesChanged) await writeDictionaries(trx, places ?? [], actors ?? [])
    // Records are loaded once; the dictionaries above follow the code on every start.
    if (seeded) return false
    await upsertSources(trx, sources)
    const at = now()
    // On D1 the gazetteer written above is still queued: the records' regions come from it.
    const known = dictionariesChanged ? ancestorsFrom(placeAncestry(places ?? [])) : undefined
    const result = await importRecords(
      trx,
      search,
      records,
      { by: 'seed' },
      at,
      bulk.insertRecords,
      known,
    )
    const [first] = result.rejected
    if (first) {
      // Throwing rolls the transaction back: a half-loaded seed would pass for a loaded one.
      throw new ValidationFailed('seed dataset rejected', [
        { path: `records.${first.index}`, message: first.reason },
      ])
    }
    // On D1 the rollups' regions were read before the queued gazetteer: sum them after it.
    if (dictionariesChanged) await rebuildRegionRollups(trx)
    await markSeeded(trx, at)
    return true
  })
}

/**
 * Loads the seed dataset on a database's first start only (`store.seed`); later starts leave it
 * untouched, even if seed records were edited or deleted since. Returns whether it loaded anything.
 */
export const ensureSeeded = (
  store: { seed(dataset: SeedDataset): Promise<boolean> },
  dataset: SeedDataset,
): Promise<boolean> => store.seed(dataset)
