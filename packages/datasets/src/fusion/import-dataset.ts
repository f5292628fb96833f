import {
  mergeClaims,
  type PageRequest,
  type RecordFilter,
  type SitrepRecord,
  type Source,
  type StoredRecord,
  type WriteContext,
} from '@sitrep/domain'
import type { DatasetRecord, MappedDataset, RowOutcome } from '../dataset-item.ts'
import { isOwnClaim } from '../ids.ts'
import { absorb, sameRecord } from './absorb.ts'
import { planFusion } from './fuse.ts'

/**
 * The store operations an import needs, named as `@sitrep/store`'s `Store` names them, so the
 * store fits without this package depending on it.
 */
export interface DatasetSink {
  listRecords(
    filter: RecordFilter,
    page: PageRequest,
  ): Promise<{ items: StoredRecord[]; nextCursor?: string }>
  recordsWithSources(sourceIds: readonly string[]): Promise<StoredRecord[]>
  applyDatasetWrite(
    input: {
      sources: readonly Source[]
      creates: readonly SitrepRecord[]
      updates: readonly { record: SitrepRecord; baseVersion: number }[]
    },
    ctx: WriteContext,
  ): Promise<{ created: number; rejected: { index: number; id?: string; reason: string }[] }>
}

export interface DatasetImportSummary {
  rowsRead: number
  /** Records written new. */
  created: number
  /** Records whose evidence went into a record sitrep held (an article's, another dataset's). */
  merged: { id: string; into: string; reasons: string[] }[]
  /** Records already imported whose rows changed: written as a new revision. */
  updated: number
  /** Records already imported, unchanged: nothing written. */
  unchanged: number
  rejected: RowOutcome[]
  skipped: RowOutcome[]
  warnings: RowOutcome[]
}

export interface DatasetImportOptions {
  readonly by: string
  readonly batchSize?: number
  readonly onProgress?: (done: number, total: number) => void
}

const dateHullOf = (records: readonly DatasetRecord[]) => {
  const days = records.flatMap((r) =>
    r.record.claims.flatMap((c) =>
      c.fact === 'date' && c.value.resolved ? [c.value.start, c.value.end] : [],
    ),
  )
  days.sort()
  return { from: days[0], to: days[days.length - 1] }
}

const heldAttacks = async (sink: DatasetSink, records: readonly DatasetRecord[]) => {
  const { from, to } = dateHullOf(records)
  if (!from || !to) return []
  const out: StoredRecord[] = []
  let cursor: string | undefined
  do {
    const page = await sink.listRecords(
      { kind: ['attack'], from, to },
      { limit: 500, ...(cursor ? { cursor } : {}) },
    )
    out.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return out
}

/** The own record of an earlier import, refreshed: its new content, plus evidence fused into it. */
const refreshOwn = (held: SitrepRecord, incoming: SitrepRecord): SitrepRecord => {
  if (held.kind !== 'attack' || incoming.kind !== 'attack') return incoming
  const foreign = held.claims.filter((c) => !isOwnClaim(incoming.id, c.id))
  const next = mergeClaims(incoming, foreign)
  const placeIds = [...new Set([...incoming.placeIds, ...held.placeIds])].slice(0, 200)
  return { ...next, placeIds }
}

const startDay = (item: DatasetRecord): string => {
  for (const c of item.record.claims)
    if (c.fact === 'date' && c.value.resolved) return c.value.start
  return '9999'
}

/** Batches cut only between days, so two reports of one night are planned together. */
const batchesOf = (records: readonly DatasetRecord[], size: number): DatasetRecord[][] => {
  const sorted = [...records].sort((a, b) => startDay(a).localeCompare(startDay(b)))
  const batches: DatasetRecord[][] = []
  let current: DatasetRecord[] = []
  for (const item of sorted) {
    const last = current[current.length - 1]
    if (current.length >= size && last && startDay(last) !== startDay(item)) {
      batches.push(current)
      current = []
    }
    current.push(item)
  }
  if (current.length > 0) batches.push(current)
  return batches
}

/**
 * Writes a mapped dataset: a record imported before is refreshed in place (unchanged rows write
 * nothing, changed rows a new revision); a new one fuses into the attack sitrep holds for the
 * same night, oblasts and sides (fuse.ts), or is created. One transaction per batch.
 */
export const importDataset = async (
  sink: DatasetSink,
  mapped: MappedDataset,
  options: DatasetImportOptions,
): Promise<DatasetImportSummary> => {
  const summary: DatasetImportSummary = {
    rowsRead: mapped.rowsRead,
    created: 0,
    merged: [],
    updated: 0,
    unchanged: 0,
    rejected: [...mapped.rejected],
    skipped: mapped.skipped,
    warnings: mapped.warnings,
  }
  let done = 0
  for (const batch of batchesOf(mapped.records, options.batchSize ?? 500)) {
    const sources = [...new Map(batch.flatMap((b) => b.sources).map((s) => [s.id, s])).values()]
    const held = await sink.recordsWithSources(sources.map((s) => s.id))
    const pending = new Map<
      string,
      { record: SitrepRecord; baseVersion: number; original: SitrepRecord }
    >()
    const current = (h: StoredRecord) => pending.get(h.record.id)?.record ?? h.record
    const stage = (h: StoredRecord, record: SitrepRecord) =>
      pending.set(h.record.id, { record, baseVersion: h.meta.version, original: h.record })
    const fresh: DatasetRecord[] = []
    for (const item of batch) {
      const id = item.record.id
      const own = held.find((h) => h.record.id === id)
      const holder = own ?? held.find((h) => h.record.claims.some((c) => isOwnClaim(id, c.id)))
      if (!holder) {
        fresh.push(item)
        continue
      }
      const before = current(holder)
      const after =
        holder === own || item.record.kind !== 'attack'
          ? refreshOwn(before, item.record)
          : absorb(before, item.record)
      if (sameRecord(before, after)) summary.unchanged += 1
      else {
        summary.updated += 1
        stage(holder, after)
      }
    }
    const candidates = await heldAttacks(sink, fresh)
    const plan = planFusion(
      fresh.flatMap((f) => (f.record.kind === 'attack' ? [f.record] : [])),
      candidates.map((c) => current(c)),
    )
    const stored = new Map(candidates.map((c) => [c.record.id, c]))
    const creates: SitrepRecord[] = []
    for (const item of fresh) {
      const target = plan.into.get(item.record.id)
      const h = target ? stored.get(target.recordId) : undefined
      if (target && h && item.record.kind === 'attack') {
        stage(h, absorb(current(h), item.record))
        summary.merged.push({ id: item.record.id, into: target.recordId, reasons: target.reasons })
      } else creates.push(item.record)
    }
    const updates = [...pending.values()].filter((p) => !sameRecord(p.record, p.original))
    const result = await sink.applyDatasetWrite({ sources, creates, updates }, { by: options.by })
    summary.created += result.created
    for (const r of result.rejected) {
      const item = batch.find((b) => b.record.id === r.id)
      summary.rejected.push({
        line: item?.lines[0] ?? 0,
        reason: `${r.id ?? 'record'}: ${r.reason}`,
      })
    }
    done += batch.length
    options.onProgress?.(done, mapped.records.length)
  }
  return summary
}
