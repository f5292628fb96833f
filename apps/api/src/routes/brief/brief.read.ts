import {
  addDays,
  type BriefInput,
  type BriefSource,
  type BriefSources,
  type Change,
  computeDisputes,
  type RecordFilter,
  type RecordKind,
  type SitrepRecord,
  type Stats,
} from '@sitrep/domain'
import { NotFound, type Store } from '@sitrep/store'
import type { BriefQuery } from './brief.routes.ts'
import { revisionAt } from './revision-at.ts'

/** Records told per section: a brief tells the newest, then says how many more there are. */
const PER_SECTION = 8
/**
 * Disputed records stated in full, per kind. Counting every disputed record of a week at a
 * million records costs seconds (the disputes index is not rolled up by day), so beyond these
 * the brief says only that more exist.
 */
const DISPUTED_PER_KIND = 5
/** Talks announced for the days after the period belong in its brief: "talks on Wednesday". */
const TALKS_AHEAD_DAYS = 14
/** Changes read for a "since" brief, and records told of them. */
const CHANGES = 2000
/** How far back a `kind`-narrowed since-brief looks for its window's worth of changes. */
const CHANGES_SCANNED = 20_000
const CHANGED_RECORDS = 40

const KINDS: readonly RecordKind[] = ['talk', 'aid', 'attack', 'statement']

const ofKind = <K extends RecordKind>(records: readonly SitrepRecord[], kind: K) =>
  records.filter((r): r is Extract<SitrepRecord, { kind: K }> => r.kind === kind)

/** The sources the told records cite, read once each; their texts stay in the store. */
const sourcesOf = async (store: Store, records: readonly SitrepRecord[]): Promise<BriefSources> => {
  const ids = [...new Set(records.flatMap((r) => r.claims.map((c) => c.sourceId)))]
  const found = await Promise.all(
    ids.map((id) =>
      store.getSource(id).then(
        ({ id, title, url, outletId, outletName, publishedAt }): BriefSource => ({
          id,
          title,
          ...(url ? { url } : {}),
          ...(outletId ? { outletId } : {}),
          ...(outletName ? { outletName } : {}),
          ...(publishedAt ? { publishedAt } : {}),
        }),
        (error: unknown) => {
          if (error instanceof NotFound) return undefined
          throw error
        },
      ),
    ),
  )
  return new Map(found.flatMap((s) => (s ? [[s.id, s]] : [])))
}

/** How many records of each kind the period holds, from the same figures the stats page shows. */
const totalsOf = (stats: Stats, from: string, to: string): Partial<Record<RecordKind, number>> => ({
  attack: stats.attacksByDay
    .filter((d) => d.day >= from && d.day <= to)
    .reduce((n, d) => n + d.attacks, 0),
  aid: stats.aid.byStage.reduce((n, s) => n + s.records, 0),
  talk: stats.talksByStatus.reduce((n, s) => n + s.count, 0),
  statement:
    stats.statements.bySpeaker.reduce((n, s) => n + s.statements, 0) +
    stats.statements.unnamedSpeakers,
})

const periodInput = async (
  store: Store,
  q: BriefQuery & { from: string; to: string },
): Promise<BriefInput> => {
  const filter: RecordFilter = {
    from: q.from,
    to: q.to,
    ...(q.placeId ? { placeId: q.placeId } : {}),
    ...(q.actorId ? { actorId: q.actorId } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
  }
  const length = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1
  const previousTo = addDays(q.from, -1)
  const previousFrom = addDays(previousTo, -(length - 1))
  const kinds = q.kind ?? KINDS
  const page = { limit: PER_SECTION }
  const [told, stats, previous, disputes, revision] = await Promise.all([
    Promise.all(
      kinds.map((kind) =>
        store.listRecords(
          {
            ...filter,
            kind: [kind],
            ...(kind === 'talk' ? { to: addDays(q.to, TALKS_AHEAD_DAYS) } : {}),
          },
          page,
        ),
      ),
    ),
    store.stats(filter, { bucket: 'day' }),
    store.stats({ ...filter, from: previousFrom, to: previousTo }, { bucket: 'day' }),
    Promise.all(
      kinds.map((kind) =>
        store.listRecords(
          { ...filter, kind: [kind], disputed: true },
          { limit: DISPUTED_PER_KIND },
        ),
      ),
    ),
    store.latestChange(),
  ])
  const records = told.flatMap((p) => p.items.map((s) => s.record))
  // The period's disputes, and those of the records told (a talk announced for next week).
  const disputed = [
    ...new Map(
      [...disputes.flatMap((p) => p.items.map((s) => s.record)), ...records]
        .filter((r) => computeDisputes(r).length > 0)
        .map((r) => [r.id, r]),
    ).values(),
  ]
  return {
    scope: {
      from: q.from,
      to: q.to,
      ...(q.placeId ? { placeId: q.placeId } : {}),
      ...(q.actorId ? { actorId: q.actorId } : {}),
      ...(q.kind ? { kind: q.kind } : {}),
    },
    revision,
    sources: await sourcesOf(store, [...records, ...disputed]),
    talks: ofKind(records, 'talk'),
    aid: ofKind(records, 'aid'),
    attacks: ofKind(records, 'attack'),
    statements: ofKind(records, 'statement'),
    totals: totalsOf(stats, q.from, q.to),
    disputed,
    disputedLeftOut: {
      count: disputes.filter((p) => p.nextCursor !== undefined).length,
      exact: disputes.every((p) => p.nextCursor === undefined),
    },
    comparison: { stats, previous, from: q.from, to: q.to, previousFrom, previousTo },
  }
}

/** Records of each kind the read changes touched and left standing: what a section could tell. */
const changedPerKind = (changes: readonly Change[]): Partial<Record<RecordKind, number>> => {
  const deleted = new Set(changes.filter((c) => c.operation === 'delete').map((c) => c.recordId))
  const per = new Map<RecordKind, Set<string>>()
  for (const c of changes) {
    if (deleted.has(c.recordId)) continue
    const ids = per.get(c.kind) ?? new Set<string>()
    ids.add(c.recordId)
    per.set(c.kind, ids)
  }
  return Object.fromEntries([...per].map(([kind, ids]) => [kind, ids.size]))
}

/**
 * A morning digest wants the newest changes: the feed is read from its end, window by window
 * (further back while a `kind` filter has found fewer than a window's worth, up to a bound), and
 * what lies before the windows read is counted, not told.
 */
const newestChanges = async (
  store: Store,
  after: number,
  revision: number,
  kind: readonly RecordKind[] | undefined,
): Promise<{ changes: Change[]; read: number; earlier: number }> => {
  const windows: Change[][] = []
  let wanted = 0
  let read = 0
  let end = revision
  while (end > after && wanted < CHANGES && read < CHANGES_SCANNED) {
    const start = Math.max(after, end - CHANGES)
    const window = (await store.changesSince(start, CHANGES)).filter((c) => c.seq <= end)
    read += window.length
    const kept = kind ? window.filter((c) => kind.includes(c.kind)) : window
    wanted += kept.length
    windows.unshift(kept)
    end = start
  }
  const earlier = end > after ? await store.countChanges(after, end) : 0
  return { changes: windows.flat(), read, earlier }
}

/**
 * What the change feed holds after a revision (or an instant): the changed records as they now
 * stand, newest change first, in their sections, and the counts of what was created, updated and
 * deleted. Only `kind` narrows it; places and actors are the period brief's filters.
 */
const sinceInput = async (store: Store, q: BriefQuery & { since: string }): Promise<BriefInput> => {
  const after = /^\d+$/.test(q.since) ? Number(q.since) : await revisionAt(store, q.since)
  const revision = await store.latestChange()
  const { changes: wanted, read, earlier } = await newestChanges(store, after, revision, q.kind)
  const ids = [...new Set(wanted.map((c) => c.recordId).reverse())].slice(0, CHANGED_RECORDS)
  const found = await Promise.all(
    ids.map((id) =>
      store.getRecord(id).then(
        (s) => s.record,
        (error: unknown) => {
          if (error instanceof NotFound) return undefined
          throw error
        },
      ),
    ),
  )
  const records = found.filter((r): r is SitrepRecord => r !== undefined)
  const disputed = records.filter((r) => computeDisputes(r).length > 0)
  return {
    scope: { sinceRevision: after, ...(q.kind ? { kind: q.kind } : {}) },
    revision,
    sources: await sourcesOf(store, records),
    talks: ofKind(records, 'talk'),
    aid: ofKind(records, 'aid'),
    attacks: ofKind(records, 'attack'),
    statements: ofKind(records, 'statement'),
    totals: changedPerKind(wanted),
    disputed,
    disputedLeftOut: { count: 0, exact: true },
    changes: { after, changes: wanted, records, earlier, read },
  }
}

/** Everything the brief is built from, read from the store in parallel. */
export const readBriefInput = (store: Store, q: BriefQuery): Promise<BriefInput> =>
  q.since !== undefined
    ? sinceInput(store, { ...q, since: q.since })
    : periodInput(store, { ...q, from: q.from ?? '', to: q.to ?? '' })
