import { addDays, type Draft, type RecordFilter, type SitrepRecord } from '@sitrep/domain'
import type { RecordStore } from '@sitrep/store'

/** How far around a draft's dates to look for the same event told by another source. */
const SLACK_DAYS = 1
const CANDIDATES_PER_DRAFT = 100

const dateWindow = (record: SitrepRecord): { from: string; to: string } | undefined => {
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

/**
 * A filter that finds the records a draft could duplicate: same kind, and its dates or its
 * anchor. An undated attack is looked for around the article's day (a report of the night
 * before), which is where the matcher then places it.
 */
const candidateFilter = (record: SitrepRecord, publishedAt?: string): RecordFilter | undefined => {
  const window = dateWindow(record)
  if (window) return { kind: [record.kind], ...window }
  const day = publishedAt?.slice(0, 10)
  if (record.kind === 'attack' && day) return { kind: ['attack'], from: addDays(day, -1), to: day }
  if (record.kind === 'talk') return { kind: ['talk'], placeId: record.venueId }
  if (record.kind === 'statement' && record.speaker.type === 'actor')
    return { kind: ['statement'], actorId: record.speaker.actorId }
  if (record.kind === 'aid') return { kind: ['aid'], actorId: record.recipientId }
  return undefined
}

/** The records sitrep holds that the drafts may be new evidence for, each fetched once. */
export const candidatesFor = async (
  store: RecordStore,
  drafts: readonly Draft[],
  publishedAt?: string,
): Promise<SitrepRecord[]> => {
  const found = new Map<string, SitrepRecord>()
  for (const draft of drafts) {
    const filter = candidateFilter(draft.record, publishedAt)
    if (!filter) continue
    const page = await store.listRecords(filter, { limit: CANDIDATES_PER_DRAFT })
    for (const { record } of page.items) found.set(record.id, record)
  }
  return [...found.values()]
}
