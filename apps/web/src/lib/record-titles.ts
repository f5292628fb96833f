import { api } from './api.ts'

/**
 * Titles of records named by id (a statement's "about", an ingest match), each asked once. The
 * API has no batch lookup; an id it cannot answer for (deleted, or the API failing) keeps the id
 * as its label rather than failing the page.
 */
export const recordTitles = async (ids: Iterable<string>): Promise<ReadonlyMap<string, string>> => {
  const titles = new Map<string, string>()
  await Promise.all(
    [...new Set(ids)].map(async (id) => {
      const stored = await api.records.get(id).catch(() => undefined)
      if (stored) titles.set(id, stored.record.title)
    }),
  )
  return titles
}
