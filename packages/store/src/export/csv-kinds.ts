import { aidEurFloor, casualtyBounds, type RecordKind, talkStatuses } from '@sitrep/domain'
import { recordPlaceIds } from '../record-index.ts'
import {
  type CsvRowContext,
  countCell,
  dateCells,
  disputedCell,
  listCell,
  measureLow,
  numberCell,
  pointCells,
  sourcesCell,
} from './csv-cells.ts'

/** One flat CSV layout: the header and how a row of it is read from a record. */
export interface CsvLayout {
  readonly columns: readonly string[]
  readonly cells: (ctx: CsvRowContext) => string[]
}

/**
 * The columns every layout starts and ends with. `record` is last: the whole record as JSON, which
 * is what an import reads (the flat columns are checked against it, never trusted alone).
 */
const head = ['id', 'date_start', 'date_end', 'title'] as const
const tail = ['sources', 'disputed', 'record'] as const

const layout = <const C extends readonly string[]>(
  middle: C,
  cells: (ctx: CsvRowContext) => { [K in keyof C]: string },
): CsvLayout => ({
  columns: [...head, ...middle, ...tail],
  cells: (ctx) => [
    ctx.record.id,
    ...dateCells(ctx),
    ctx.record.title,
    ...cells(ctx),
    sourcesCell(ctx),
    disputedCell(ctx),
    JSON.stringify(ctx.record),
  ],
})

const casualtyCells = (ctx: CsvRowContext, fact: 'killed' | 'injured'): [string, string] => {
  if (ctx.record.kind !== 'attack') return ['', '']
  const bounds = casualtyBounds(ctx.record, fact)
  return [numberCell(bounds?.low), numberCell(bounds?.high)]
}

const attack = layout(
  [
    'attacker',
    'target',
    'places',
    'lat',
    'lon',
    'precision',
    'killed_low',
    'killed_high',
    'injured_low',
    'injured_high',
    'launched',
    'intercepted',
    'hit',
    'weapons',
  ] as const,
  (ctx) => {
    const r = ctx.record
    if (r.kind !== 'attack') return ['', '', '', '', '', '', '', '', '', '', '', '', '', '']
    const [lat = '', lon = '', precision = ''] = pointCells(ctx)
    return [
      r.attackerId,
      r.targetId,
      listCell(r.placeIds),
      lat,
      lon,
      precision,
      ...casualtyCells(ctx, 'killed'),
      ...casualtyCells(ctx, 'injured'),
      countCell(ctx, 'launched'),
      countCell(ctx, 'intercepted'),
      countCell(ctx, 'hit'),
      listCell(
        r.weapons.map((w) => (w.model ? `${w.type}:${w.model}` : w.type)),
        '; ',
      ),
    ]
  },
)

const aid = layout(
  [
    'stage',
    'category',
    'donor',
    'recipient',
    'amount',
    'currency',
    'amount_per',
    'eur',
    'items',
    'forum',
    'responds_to',
  ] as const,
  (ctx) => {
    const r = ctx.record
    if (r.kind !== 'aid') return ['', '', '', '', '', '', '', '', '', '', '']
    const money = ctx.facts.find((f) => f.fact === 'money')?.value
    const stated = money && 'kind' in money && money.kind === 'amount' ? money : undefined
    const items = ctx.facts.flatMap((f) =>
      f.fact === 'item' && f.value && 'name' in f.value
        ? [f.value.quantity ? `${measureLow(f.value.quantity)} × ${f.value.name}` : f.value.name]
        : [],
    )
    const eur = aidEurFloor(r)
    return [
      r.stage,
      r.category,
      listCell(r.donorIds),
      r.recipientId,
      numberCell(stated?.amount),
      stated?.currency ?? '',
      stated?.per ?? '',
      eur === undefined ? '' : eur.toFixed(2),
      listCell(items, '; '),
      r.forum ? `${r.forum.name}${r.forum.meetingNumber ? ` #${r.forum.meetingNumber}` : ''}` : '',
      r.respondsToId ?? '',
    ]
  },
)

const talk = layout(
  ['venue', 'lat', 'lon', 'parties', 'round', 'level', 'status', 'outcome'] as const,
  (ctx) => {
    const r = ctx.record
    if (r.kind !== 'talk') return ['', '', '', '', '', '', '', '']
    const [lat = '', lon = ''] = pointCells(ctx)
    const outcomes = ctx.facts.flatMap((f) =>
      f.fact === 'outcome' && f.value && 'text' in f.value ? [f.value.text] : [],
    )
    return [
      r.venueId ?? '',
      lat,
      lon,
      listCell(r.partyIds),
      String(r.round),
      r.level,
      // One status when sources agree, each position's when they disagree (as the API shows).
      listCell(
        talkStatuses(r).map((s) => s.status),
        ' | ',
      ),
      listCell(outcomes, '; '),
    ]
  },
)

const statement = layout(
  ['speaker', 'speaker_role', 'mode', 'quote', 'channel', 'audience', 'about'] as const,
  (ctx) => {
    const r = ctx.record
    if (r.kind !== 'statement') return ['', '', '', '', '', '', '']
    return [
      r.speaker.type === 'actor' ? r.speaker.actorId : r.speaker.description,
      r.speakerRole ?? '',
      r.mode,
      r.text,
      r.channel,
      r.audience ?? '',
      listCell(r.aboutIds),
    ]
  },
)

/** The flat layout of each kind; see the store's README for what each column holds. */
export const CSV_LAYOUTS: { readonly [K in RecordKind]: CsvLayout } = {
  attack,
  aid,
  talk,
  statement,
}

/** Records of several kinds in one file: the columns they share, the kind named per row. */
export const MIXED_CSV_LAYOUT: CsvLayout = {
  columns: [
    'id',
    'kind',
    'date_start',
    'date_end',
    'title',
    'places',
    'lat',
    'lon',
    'precision',
    ...tail,
  ],
  cells: (ctx) => {
    const r = ctx.record
    const placeIds = recordPlaceIds(r)
    return [
      r.id,
      r.kind,
      ...dateCells(ctx),
      r.title,
      listCell(placeIds),
      ...pointCells(ctx),
      sourcesCell(ctx),
      disputedCell(ctx),
      JSON.stringify(r),
    ]
  },
}
