import { createHash } from 'node:crypto'
import type { IsoDate, SitrepRecord } from '@sitrep/domain'
import { findMergeCandidates, type Store, ValidationFailed } from '@sitrep/store'
import { openSqliteStore } from '@sitrep/store/sqlite'
import { permanentIds, relinkDraft } from '../src/permanent-ids.ts'
import type { Pair } from './pairs.ts'
import type { Report } from './types.ts'

/** The records an editor would be offered for a pair's drafts, and when the undated were reported. */
export interface Offered {
  readonly records: readonly SitrepRecord[]
  readonly reportedOn: Readonly<Record<string, IsoDate>>
}

const WRITER = { by: 'eval-match', reason: 'the held side of the labelled pairs' }

/** A report's drafts published as the ingest publishes them: ids of their own, links renamed. */
const published = (held: readonly SitrepRecord[]): SitrepRecord[] => {
  const sourceId = held[0]?.claims[0]?.sourceId ?? 'src-none'
  const scope = createHash('sha256').update(sourceId).digest('hex').slice(0, 12)
  const rename = permanentIds({ id: `src-${scope}` }, held, new Map())
  return held.map((r) => relinkDraft(r, rename, new Set()))
}

/**
 * Every held record of the pairs written to one in-memory SQLite store, with each report as a
 * source carrying its publication day, so that a pair is scored only against what the store's
 * candidate lookup (`findMergeCandidates`, the one `/v1/ingest` runs) offers its drafts.
 */
export const offeredByStore = async (
  pairs: readonly Pair[],
  reports: readonly Report[],
): Promise<(p: Pair, publishedAt: string | undefined) => Promise<Offered>> => {
  const store: Store = await openSqliteStore({ file: ':memory:' })
  for (const r of reports)
    await store.upsertSource({
      id: `src-${r.id}`,
      kind: 'article',
      title: `${r.outlet}: ${r.id}`,
      outletName: r.outlet,
      url: r.url,
      publishedAt: r.publishedAt,
      language: 'en',
      text: r.text,
    })
  /** Each held list's records as stored: a report's drafts renamed, dataset records as they are. */
  const stored = new Map<readonly SitrepRecord[], SitrepRecord[]>()
  const written = new Set<string>()
  const refused = new Set<string>()
  for (const p of pairs) {
    if (stored.has(p.held)) continue
    const records = p.held.some((r) => r.id.startsWith('draft-')) ? published(p.held) : [...p.held]
    stored.set(p.held, records)
    for (const r of records) {
      if (written.has(r.id) || refused.has(r.id)) continue
      // What the store refuses (a draft without a claim) no ingest could have published either.
      const ok = await store.createRecord(r, WRITER).then(
        () => true,
        (error: unknown) => {
          if (error instanceof ValidationFailed) return false
          throw error
        },
      )
      ;(ok ? written : refused).add(r.id)
    }
  }
  if (refused.size > 0)
    process.stdout.write(`held records the store refused: ${[...refused].join(', ')}\n`)
  const looked = new Map<readonly SitrepRecord[], Promise<Offered>>()
  return async (p, publishedAt) => {
    const offered =
      looked.get(p.drafts) ??
      findMergeCandidates(store, p.drafts, publishedAt).then((found) => ({
        records: found.records,
        reportedOn: found.reportedOn,
      }))
    looked.set(p.drafts, offered)
    const { records, reportedOn } = await offered
    const ids = new Set((stored.get(p.held) ?? []).map((r) => r.id))
    return { records: records.filter((r) => ids.has(r.id)), reportedOn }
  }
}
