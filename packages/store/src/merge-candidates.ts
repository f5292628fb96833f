import {
  addDays,
  type IsoDate,
  MAX_PAGE_SIZE,
  type RecordFilter,
  type RecordKind,
  type SitrepRecord,
} from '@sitrep/domain'
import { chunk } from './chunk.ts'
import type { RecordStore } from './parts/record-store.ts'
import type { SourceStore } from './parts/source-store.ts'

/** How far around a draft's dates to look for the same event told by another source. */
const SLACK_DAYS = 1
const CANDIDATES_PER_LOOKUP = 100

/** One question to the store about a draft: records by their dates, or undated ones by report day. */
export type CandidateLookup =
  | { readonly by: 'filter'; readonly filter: RecordFilter }
  | {
      readonly by: 'reported'
      readonly kind: RecordKind
      readonly from: IsoDate
      readonly to: IsoDate
    }

const dateWindow = (record: SitrepRecord): { from: IsoDate; to: IsoDate } | undefined => {
  const dates = record.claims.flatMap((c) =>
    c.fact === 'date' && c.value.resolved ? [c.value] : [],
  )
  if (dates.length === 0) return undefined
  const from = dates.map((d) => d.start).sort()[0] ?? ''
  const to =
    dates
      .map((d) => d.end)
      .sort()
      .at(-1) ?? ''
  return { from: addDays(from, -SLACK_DAYS), to: addDays(to, SLACK_DAYS) }
}

/** Without a date of its own, a draft still has what the article names: its anchors. */
const anchorFilters = (record: SitrepRecord, day: IsoDate | undefined): RecordFilter[] => {
  if (record.kind === 'attack' && day)
    return [{ kind: ['attack'], from: addDays(day, -1), to: day }]
  if (record.kind === 'talk')
    // a talk no source places has no anchor: only the records reported beside it are asked for
    return record.venueId ? [{ kind: ['talk'], placeId: record.venueId }] : []
  if (record.kind === 'statement' && record.speaker.type === 'actor')
    return [{ kind: ['statement'], actorId: record.speaker.actorId }]
  if (record.kind === 'aid') {
    // Ukraine receives nearly every package a store holds, so its newest hundred say little
    // about an undated pledge ("€1bn for 2025"); each donor's aid is asked for as well, where
    // the same pledge is when the store holds more than a hundred newer ones.
    const anchors = [...new Set([record.recipientId, ...record.donorIds])]
    return anchors.map((actorId) => ({ kind: ['aid'], actorId }))
  }
  return []
}

/**
 * What to ask the store for the records a draft could duplicate. A dated draft: the same kind
 * around its dates, and the undated records whose sources appeared then or the day after (news
 * of an event is written that day or the next). An undated draft: its anchor (the night before
 * the article, the venue, the speaker, the recipient), and the undated records reported within a
 * day of its article. Without the second question an undated record is never a candidate.
 */
export const candidateLookups = (record: SitrepRecord, publishedAt?: string): CandidateLookup[] => {
  const day = publishedAt?.slice(0, 10)
  const window = dateWindow(record)
  const filters = window ? [{ kind: [record.kind], ...window }] : anchorFilters(record, day)
  const reported = window
    ? { from: window.from, to: addDays(window.to, SLACK_DAYS) }
    : day
      ? { from: addDays(day, -SLACK_DAYS), to: addDays(day, SLACK_DAYS) }
      : undefined
  return [
    ...filters.map((filter) => ({ by: 'filter' as const, filter })),
    ...(reported ? [{ by: 'reported' as const, kind: record.kind, ...reported }] : []),
  ]
}

/** The records a set of drafts may be new evidence for, and when the undated ones were reported. */
export interface MergeCandidates {
  readonly records: SitrepRecord[]
  /** Record id → the day its earliest source appeared, for every undated record among them. */
  readonly reportedOn: Record<string, IsoDate>
}

/**
 * The records sitrep holds that the drafts may duplicate, each fetched once: the lookup the
 * ingest routes and the matching evaluation share, so the evaluation measures what an editor
 * is offered.
 */
export const findMergeCandidates = async (
  store: Pick<RecordStore, 'listRecords'> &
    Pick<SourceStore, 'listUndatedReported' | 'reportedDays'>,
  drafts: readonly SitrepRecord[],
  publishedAt?: string,
): Promise<MergeCandidates> => {
  const found = new Map<string, SitrepRecord>()
  const reportedOn: Record<string, IsoDate> = {}
  for (const draft of drafts)
    for (const lookup of candidateLookups(draft, publishedAt)) {
      if (lookup.by === 'filter') {
        const page = await store.listRecords(lookup.filter, { limit: CANDIDATES_PER_LOOKUP })
        for (const { record } of page.items) found.set(record.id, record)
        continue
      }
      const { kind, from, to } = lookup
      const undated = await store.listUndatedReported({
        kinds: [kind],
        from,
        to,
        limit: CANDIDATES_PER_LOOKUP,
      })
      for (const { record, reportedOn: day } of undated) {
        found.set(record.record.id, record.record)
        const earlier = reportedOn[record.record.id]
        if (!earlier || day < earlier) reportedOn[record.record.id] = day
      }
    }
  // An undated record found by its anchor (a venue, a speaker) is placed by its sources' day too.
  const unplaced = [...found.values()]
    .filter((r) => !reportedOn[r.id] && !isDated(r))
    .map((r) => r.id)
  for (const ids of chunk(unplaced, MAX_PAGE_SIZE))
    Object.assign(reportedOn, await store.reportedDays(ids))
  return { records: [...found.values()], reportedOn }
}

const isDated = (record: SitrepRecord) =>
  record.claims.some((c) => c.fact === 'date' && c.value.resolved)
