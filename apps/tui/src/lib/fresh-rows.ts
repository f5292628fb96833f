import type { SitrepClient } from '@sitrep/client'
import { MAX_PAGE_SIZE, type StoredRecord } from '@sitrep/domain'
import { type TabId, tabById } from '../tabs.ts'
import type { DashboardFilter } from './fetch-tab.ts'

const later = (a: string | undefined, b: string | null) => (!a ? b : !b || a > b ? a : b)
const earlier = (a: string | undefined, b: string | null) => (!a ? b : !b || a < b ? a : b)

/** The span of a record's resolved date claims, as the API's date filter reads them. */
const dateSpan = ({ record }: StoredRecord) => {
  let start: string | null = null
  let end: string | null = null
  for (const claim of record.claims) {
    if (claim.fact !== 'date' || !claim.value.resolved) continue
    if (start === null || claim.value.start < start) start = claim.value.start
    if (end === null || claim.value.end > end) end = claim.value.end
  }
  return { start, end }
}

/**
 * Whether a record written while the dashboard watches belongs in a tab under its filter. With
 * no filter its kind decides; with one, the API decides (places inside places, actors behind
 * claims), asked for the filter narrowed to the record's own days so the answer is a short list.
 */
export const belongsToTab = async (
  client: SitrepClient,
  tab: TabId,
  filter: DashboardFilter,
  stored: StoredRecord,
): Promise<boolean> => {
  const listed = tabById(tab)
  const kind = 'kind' in listed ? listed.kind : undefined
  if (tab === 'disputes' || (kind !== undefined && kind !== stored.record.kind)) return false
  if (Object.keys(filter).length === 0) return true
  const span = dateSpan(stored)
  const from = later(filter.from, span.start)
  const to = earlier(filter.to, span.end)
  if (from && to && from > to) return false
  const page = await client.records.list({
    ...filter,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    kind: [stored.record.kind],
    limit: MAX_PAGE_SIZE,
  })
  return page.items.some((s) => s.record.id === stored.record.id)
}
