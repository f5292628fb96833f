// biome-ignore-all lint/suspicious/noExplicitAny: a database as release 0003 left it, whose tables today's Database type does not describe

import type { Stats } from '@sitrep/domain'
import { actors, places, type SitrepRecord } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { chunk } from '../chunk.ts'
import { toRecordRows } from '../mappers.ts'
import { placeAncestry } from '../queries/dictionaries.ts'
import { dialectsUnderTest, fixedClock } from '../testing/dialects-under-test.ts'
import { olderDatabase } from '../testing/older-database.ts'
import type { UpgradeEvent } from '../upgrade-event.ts'

/** Rows a statement at a time, few enough for D1's 100 parameters. */
const insertRows = async (db: Kysely<any>, table: string, rows: readonly object[]) => {
  const columns = Object.keys(rows[0] ?? {}).length || 1
  for (const part of chunk(rows, Math.floor(90 / columns))) {
    if (part.length > 0) await db.insertInto(table).values(part).execute()
  }
}

const at = '2025-07-21T12:00:00.000Z'

/**
 * What release 0003 wrote for a record: its row with the columns of the day (no ceilings, euros,
 * donors, speakers, channels or date span), the places it names (no enclosing regions, no kind,
 * no tolls), its actors, one evidence row per source it cites, and its creating revision.
 */
const storeAs0003 = async (db: Kysely<any>, record: SitrepRecord) => {
  const rows = toRecordRows(record, { version: 1, createdAt: at, updatedAt: at })
  const r = rows.record
  await insertRows(db, 'records', [
    {
      id: r.id,
      kind: r.kind,
      title: r.title,
      status: r.status,
      stage: r.stage,
      category: r.category,
      date_start: r.date_start,
      date_end: r.date_end,
      sort_date: r.sort_date,
      killed_low: r.killed_low,
      injured_low: r.injured_low,
      doc: r.doc,
      version: 1,
      created_at: at,
      updated_at: at,
    },
  ])
  await insertRows(
    db,
    'record_places',
    rows.placeIds.map((place_id) => ({ record_id: r.id, place_id })),
  )
  await insertRows(db, 'record_actors', rows.actors)
  await insertRows(
    db,
    'evidence',
    rows.sources.map(({ source_id }, ordinal) => ({
      record_id: r.id,
      ordinal,
      evidence_id: `${r.id}-e${ordinal}`,
      fact: 'date',
      value: '{}',
      source_id,
      quote: '',
      attribution: 'media-report',
    })),
  )
  await insertRows(db, 'revisions', [
    { record_id: r.id, version: 1, operation: 'create', doc: r.doc, by: 'seed', at },
  ])
}

const seedAs0003 = async (db: Kysely<any>) => {
  await insertRows(
    db,
    'places',
    places.map((p) => ({
      id: p.id,
      name: p.name,
      parent_id: p.parentId ?? null,
      doc: JSON.stringify(p),
    })),
  )
  await insertRows(db, 'place_ancestors', placeAncestry(places))
  await insertRows(
    db,
    'actors',
    actors.map((a) => ({ id: a.id, name: a.name, doc: JSON.stringify(a) })),
  )
  await insertRows(
    db,
    'sources',
    seedDataset.sources.map((s) => ({ id: s.id, title: s.title, doc: JSON.stringify(s) })),
  )
  for (const record of seedDataset.records) await storeAs0003(db, record)
  await insertRows(db, 'store_meta', [{ key: 'seeded_at', value: at }])
}

describe.each(dialectsUnderTest())(
  'a database made at migration 0003, opened on $engine',
  (dialect) => {
    it('upgrades to today’s schema and derives what 0003 did not store: stats, statements, tolls', async () => {
      const older = await olderDatabase(dialect.engine, '0003-casualties')
      await seedAs0003(older.db)
      const heard: UpgradeEvent[] = []
      const upgraded = await older.open({ onUpgrade: (e) => heard.push(e), now: fixedClock })
      const fresh = await dialect.open({ now: fixedClock })
      try {
        await fresh.seed({ ...seedDataset, places, actors })
        const stats = await upgraded.stats({})

        // The seed night as a store written today sums it: two attacks, two dead and 15 injured,
        // ceilings included; Kyiv holds its own one and eight, not the nationwide toll.
        expect(stats.attacksByDay).toEqual([
          {
            day: '2025-07-20',
            attacks: 2,
            killed: { low: 2, high: 2 },
            injured: { low: 15, high: 15 },
          },
        ])
        const kyiv = stats.attacksByRegion.find((r) => r.placeId === 'ua-kyiv-city')
        expect([kyiv?.attacks, kyiv?.killedAtLeast, kyiv?.injuredAtLeast]).toEqual([1, 1, 8])
        expect(stats.aid.byDonor).toEqual([
          { donorId: 'germany', records: 2, eurAtLeast: 1_800_000_000 },
          { donorId: 'norway', records: 1, eurAtLeast: 0 },
        ])
        // Everything else as a store written today has it; regions tied on attacks in any order.
        const byPlace = (s: Stats) => ({
          ...s,
          attacksByRegion: s.attacksByRegion.toSorted((a, b) => a.placeId.localeCompare(b.placeId)),
        })
        expect(byPlace(stats)).toEqual(byPlace(await fresh.stats({})))

        expect(heard[0]).toEqual({
          phase: 'migrate',
          pending: expect.arrayContaining(['0005-place-index', '0014-source-identity']),
        })
        const derived = heard.flatMap((e) =>
          e.phase === 'derive' && e.done === e.total ? [e.step] : [],
        )
        expect(derived).toEqual([
          'stats_columns',
          'statement_columns',
          'place_tolls',
          'source_identity',
          'record_disputes',
          'record_facets',
          'stats_rollups',
          'dispute_rollups',
          'record_locations',
          'map_months',
          'facet_days',
        ])
        // The disputes index, which 0016 made empty, filled from the stored records.
        const disputes = await upgraded.listDisputes({}, { limit: 5 })
        expect(disputes.items.map((d) => `${d.stored.record.id} ${d.fact}`)).toEqual([
          'talk-istanbul-2025-07 date',
        ])
        // Its counts by kind and fact, summed into the rollup (0019) by its own step.
        expect(await upgraded.countDisputes({})).toEqual([{ kind: 'talk', fact: 'date', count: 1 }])
        const withText = seedDataset.sources.find((s) => s.text)
        expect(withText).toBeDefined()
        expect(await upgraded.findHeldSource({ text: withText?.text ?? '' })).toMatchObject({
          sourceId: withText?.id,
          by: 'text',
        })
      } finally {
        await upgraded.close()
        await fresh.close()
      }
    })
  },
)
