import { bucketStart } from '@sitrep/domain'
import type { Selectable } from 'kysely'
import type { Database } from '../database.ts'
import { UNDATED } from '../record-index.ts'
import type { RecordAirWarTable } from '../tables/record-air-war.table.ts'
import type { RecordDisputesTable } from '../tables/record-disputes.table.ts'
import type { RecordsTable } from '../tables/records.table.ts'

/** The columns of a record the rollups sum. */
export type RollupColumns = Pick<
  Selectable<RecordsTable>,
  | 'kind'
  | 'sort_date'
  | 'killed_low'
  | 'killed_high'
  | 'injured_low'
  | 'injured_high'
  | 'stage'
  | 'category'
  | 'eur_floor'
  | 'donors'
  | 'status'
  | 'speaker_id'
  | 'channel'
>

/**
 * What one live record adds to the rollups: its columns, its region rows, its air war rows and
 * its disputed facts (one per `record_disputes` row).
 */
export interface Contribution {
  record: RollupColumns
  /** Its `record_places` rows for regions, each with the part of the toll inside the region. */
  regions: readonly { place_id: string; killed_low: number | null; injured_low: number | null }[]
  airWar: readonly Omit<RecordAirWarTable, 'record_id'>[]
  disputes: readonly Pick<RecordDisputesTable, 'fact'>[]
}

export type RollupTable =
  | 'stats_attack_days'
  | 'stats_attack_regions'
  | 'stats_air_war'
  | 'stats_aid'
  | 'stats_aid_donors'
  | 'stats_aid_donor_weeks'
  | 'stats_aid_donor_months'
  | 'stats_talks'
  | 'stats_statement_speakers'
  | 'stats_statement_channels'
  | 'stats_dispute_days'

export const ROLLUP_TABLES: readonly RollupTable[] = [
  'stats_attack_days',
  'stats_attack_regions',
  'stats_air_war',
  'stats_aid',
  'stats_aid_donors',
  'stats_aid_donor_weeks',
  'stats_aid_donor_months',
  'stats_talks',
  'stats_statement_speakers',
  'stats_statement_channels',
  'stats_dispute_days',
]

/** Each rollup table's key columns and counters: what an upsert matches on and adds to. */
/** The `records` columns a record's contribution to the rollups is computed from. */
export const CONTRIBUTION_COLUMNS = [
  'records.id',
  'records.kind',
  'records.sort_date',
  'records.killed_low',
  'records.killed_high',
  'records.injured_low',
  'records.injured_high',
  'records.stage',
  'records.category',
  'records.eur_floor',
  'records.donors',
  'records.status',
  'records.speaker_id',
  'records.channel',
] as const

export const ROLLUP_COLUMNS = {
  stats_attack_days: {
    keys: ['day'],
    counters: [
      'attacks',
      'killed_low',
      'killed_high',
      'killed_open',
      'injured_low',
      'injured_high',
      'injured_open',
    ],
  },
  stats_attack_regions: {
    keys: ['day', 'place_id'],
    counters: ['attacks', 'killed_low', 'injured_low'],
  },
  stats_air_war: {
    keys: ['day', 'attacker_id', 'weapon_class'],
    counters: ['launched', 'intercepted'],
  },
  stats_aid: { keys: ['day', 'category', 'stage'], counters: ['records', 'eur'] },
  stats_aid_donors: {
    keys: ['day', 'week', 'month', 'donor_id', 'stage'],
    counters: ['records', 'eur'],
  },
  stats_aid_donor_weeks: { keys: ['week', 'donor_id', 'stage'], counters: ['records', 'eur'] },
  stats_aid_donor_months: { keys: ['month', 'donor_id', 'stage'], counters: ['records', 'eur'] },
  stats_talks: { keys: ['day', 'status'], counters: ['talks'] },
  stats_statement_speakers: { keys: ['day', 'speaker_id'], counters: ['statements'] },
  stats_statement_channels: { keys: ['day', 'channel'], counters: ['statements'] },
  stats_dispute_days: { keys: ['day', 'kind', 'fact'], counters: ['disputes'] },
} as const satisfies {
  [T in RollupTable]: {
    keys: readonly (keyof Database[T] & string)[]
    counters: readonly (keyof Database[T] & string)[]
  }
}

/** One rollup row's change: its key and how much each counter moves. */
export interface RollupDelta {
  table: RollupTable
  key: readonly string[]
  counters: readonly number[]
}

/** A day's week and month starts; undated records keep their far-future day for both. */
const bucketsOf = (day: string): [string, string] =>
  day === UNDATED ? [day, day] : [bucketStart(day, 'week'), bucketStart(day, 'month')]

const open = (low: number | null, high: number | null) => (low !== null && high === null ? 1 : 0)

/**
 * The rows a record adds to the rollups, each counter times `sign` (-1 takes a contribution out).
 * Sums follow `/v1/stats`: casualty bands once per attack from its resolved columns, aid under
 * each donor and once under its category and stage, statements under speaker and channel, and
 * every kind's disputed facts under their day, kind and fact name.
 */
export const rollupDeltas = (contribution: Contribution, sign: 1 | -1): RollupDelta[] => {
  const { record: r, disputes } = contribution
  const delta: Delta = (table, key, counters) => ({
    table,
    key,
    counters: counters.map((n) => n * sign),
  })
  return [
    ...kindDeltas(contribution, delta),
    ...disputes.map((d) => delta('stats_dispute_days', [r.sort_date, r.kind, d.fact], [1])),
  ]
}

type Delta = (
  table: RollupTable,
  key: readonly string[],
  counters: readonly number[],
) => RollupDelta

/** The rows only a record of its kind adds to. */
const kindDeltas = ({ record: r, regions, airWar }: Contribution, delta: Delta): RollupDelta[] => {
  const day = r.sort_date
  switch (r.kind) {
    case 'attack':
      return [
        delta(
          'stats_attack_days',
          [day],
          [
            1,
            r.killed_low ?? 0,
            r.killed_high ?? 0,
            open(r.killed_low, r.killed_high),
            r.injured_low ?? 0,
            r.injured_high ?? 0,
            open(r.injured_low, r.injured_high),
          ],
        ),
        ...regions.map((p) =>
          delta(
            'stats_attack_regions',
            [day, p.place_id],
            [1, p.killed_low ?? 0, p.injured_low ?? 0],
          ),
        ),
        ...airWar.map((a) =>
          delta('stats_air_war', [day, a.attacker_id, a.weapon_class], [a.launched, a.intercepted]),
        ),
      ]
    case 'aid': {
      const eur = r.eur_floor ?? 0
      const stage = r.stage ?? ''
      return [
        delta('stats_aid', [day, r.category ?? '', stage], [1, eur]),
        ...(r.donors?.split(',') ?? []).flatMap((donor) => {
          const [week, month] = bucketsOf(day)
          return [
            delta('stats_aid_donors', [day, week, month, donor, stage], [1, eur]),
            delta('stats_aid_donor_weeks', [week, donor, stage], [1, eur]),
            delta('stats_aid_donor_months', [month, donor, stage], [1, eur]),
          ]
        }),
      ]
    }
    case 'talk':
      return [delta('stats_talks', [day, r.status ?? ''], [1])]
    case 'statement':
      return [
        delta('stats_statement_speakers', [day, r.speaker_id ?? ''], [1]),
        delta('stats_statement_channels', [day, r.channel ?? ''], [1]),
      ]
    default:
      return []
  }
}

/** Deltas summed by row, so a batch writes each rollup row once; rows that net to zero drop out. */
export class RollupChanges {
  readonly #rows = new Map<string, RollupDelta>()

  add(contribution: Contribution, sign: 1 | -1): this {
    for (const d of rollupDeltas(contribution, sign)) {
      const id = `${d.table}\u0000${d.key.join('\u0000')}`
      const held = this.#rows.get(id)
      this.#rows.set(
        id,
        held ? { ...d, counters: d.counters.map((n, i) => n + (held.counters[i] ?? 0)) } : d,
      )
    }
    return this
  }

  /** The non-zero changes, grouped by table. */
  byTable(): Map<RollupTable, RollupDelta[]> {
    const tables = new Map<RollupTable, RollupDelta[]>()
    for (const d of this.#rows.values()) {
      if (d.counters.every((n) => n === 0)) continue
      const list = tables.get(d.table)
      if (list) list.push(d)
      else tables.set(d.table, [d])
    }
    return tables
  }
}
