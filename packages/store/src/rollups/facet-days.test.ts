import { randomUUID } from 'node:crypto'
import { actors, type FacetName, places, type RecordFilter, RecordKind } from '@sitrep/domain'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Database } from '../database.ts'
import { facetDaysStep } from '../derive/facet-days.ts'
import { GENERATED_DAYS, shiftDay } from '../generate/evidence.ts'
import { generateRecords } from '../generate/generate-records.ts'
import { createRandom, type Random } from '../generate/random.ts'
import { migrateToLatest } from '../migrate.ts'
import { type StoreContext, storeContext } from '../parts/context.ts'
import { createDictionaryStore } from '../parts/dictionary-store.ts'
import { createImportStore } from '../parts/import-store.ts'
import { createRecordStore } from '../parts/record-store.ts'
import { countRecords } from '../queries/count-records.ts'
import { countFacets } from '../queries/facets.ts'
import { postgresSearch } from '../search/postgres-search.ts'
import { fixedClock, withDatabase } from '../testing/dialects-under-test.ts'
import { sqliteContext } from '../testing/sqlite-context.ts'
import { interactiveTransaction } from '../transaction.ts'
import { randomWrites } from './write-sequence.ts'

const every: FacetName[] = ['kind', 'oblast', 'attacker', 'weapon', 'dataset', 'disputed']

/** A fresh PostgreSQL database as the parts see it, and how to throw it away. */
const postgresContext = async (adminUrl: string) => {
  const name = `sitrep_test_${randomUUID().replaceAll('-', '')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: withDatabase(adminUrl, name), max: 2 }),
    }),
  })
  await migrateToLatest(db, 'postgres')
  const ctx = storeContext({
    engine: 'postgres',
    db,
    search: postgresSearch,
    transact: interactiveTransaction(db),
    now: fixedClock,
  })
  const drop = async () => {
    await db.destroy()
    await admin.query(`drop database if exists ${name}`)
    await admin.end()
  }
  return { ctx, drop }
}

const engines = (): {
  engine: string
  open: () => Promise<{ ctx: StoreContext; drop: () => Promise<unknown> }>
}[] => {
  const url = inject('postgresUrl')
  const sqlite = {
    engine: 'sqlite',
    open: async () => {
      const ctx = await sqliteContext(fixedClock)
      return { ctx, drop: () => ctx.db.destroy() }
    },
  }
  return url ? [sqlite, { engine: 'postgres', open: () => postgresContext(url) }] : [sqlite]
}

/** Countries, first-level divisions (the rollup's places) and a city (the records' own count). */
const PLACES = ['ua', 'ru', 'ua-kharkiv-oblast', 'ua-kyiv-oblast', 'ua-donetsk-oblast', 'ua-kyiv']

/** A filter of the shapes lists take: kinds, a date window, a place, an attacker, a dispute. */
const randomFilter = (rng: Random, days: readonly string[]): RecordFilter => {
  const filter: RecordFilter = {}
  if (rng.chance(0.5))
    filter.kind = RecordKind.options.filter(() => rng.chance(0.5)).slice(0, 3) as RecordKind[]
  if (rng.chance(0.6)) {
    const day = rng.pick(days)
    const [from, to] = [day, shiftDay(day, rng.int(0, 400))]
    if (rng.chance(0.8)) filter.from = from
    if (rng.chance(0.8)) filter.to = to
  }
  if (rng.chance(0.5)) filter.placeId = rng.pick(PLACES)
  if (rng.chance(0.3)) filter.attackerId = rng.pick(['russia', 'ukraine'])
  if (rng.chance(0.2)) filter.disputed = rng.chance(0.5)
  // Shapes the rollup has no key for: they must still be answered, from the records.
  if (rng.chance(0.1)) filter.weapon = 'drone'
  if (rng.chance(0.05)) filter.q = 'drone'
  return filter
}

describe.each(engines())('facet_days on $engine, against the records it counts', ({ open }) => {
  let ctx: StoreContext
  let drop: () => Promise<unknown>
  let days: string[]

  beforeAll(async () => {
    ;({ ctx, drop } = await open())
    await createDictionaryStore(ctx).loadDictionaries({ places, actors })
    const writes = { ...createRecordStore(ctx), ...createImportStore(ctx) }
    // Creates, rewrites into another kind and place, deletes and restores, then a bulk load.
    await randomWrites(writes, 11, 60)
    await writes.importRecords([...generateRecords({ records: 400, seed: 111 })], { by: 'desk' })
    // Windows that begin on records' first and last days, so spans across `from` are tried.
    const rows = await ctx.db
      .selectFrom('records')
      .select(['records.date_start', 'records.date_end'])
      .where('records.date_end', 'is not', null)
      .execute()
    days = [
      GENERATED_DAYS.first,
      ...rows.flatMap((r) => [r.date_start ?? '', r.date_end ?? '']).filter(Boolean),
    ]
  }, 240_000)
  afterAll(() => drop())

  it('gives every total and facet count the records give, for 150 random filters', async () => {
    const rng = createRandom(5)
    const { db, search } = ctx
    let answered = 0
    for (let i = 0; i < 150; i++) {
      const filter = randomFilter(rng, days)
      const total = await countRecords(db, search, filter)
      expect({ filter, total }).toEqual({
        filter,
        total: await countRecords(db, search, filter, 'records'),
      })
      const facets = await countFacets(db, search, filter, every)
      expect({ filter, facets }).toEqual({
        filter,
        facets: await countFacets(db, search, filter, every, every.length, 'records'),
      })
      if (total.value > 0) answered++
    }
    // The filters must match something often enough for the comparison to mean anything.
    expect(answered).toBeGreaterThan(75)
  }, 240_000)

  it('holds after the derive step what the writes left, by day and by month, zeros aside', async () => {
    const rows = (table: 'facet_days' | 'facet_months') =>
      ctx.db.selectFrom(table).selectAll().where('n', '<>', 0).execute()
    const held = async () =>
      [...(await rows('facet_days')), ...(await rows('facet_months'))]
        .map((r) => JSON.stringify({ ...r, n: Number(r.n), disputed: Number(r.disputed) }))
        .sort()
    const written = await held()
    expect(written.length).toBeGreaterThan(100)
    await facetDaysStep.run(ctx.db, { transact: ctx.transact, progress: () => {} })
    expect(await held()).toEqual(written)
  })
})
