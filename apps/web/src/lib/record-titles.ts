import { api } from './api.ts'

/**
 * Titles of records named by id (a statement's "about", an ingest match), each asked once. The
 * API has no batch lookup; a record's history names it whatever its kind, and an id it cannot
 * answer for (deleted, or the API failing) keeps the id as its label rather than failing the page.
 */
export const recordTitles = async (ids: Iterable<string>): Promise<ReadonlyMap<string, string>> => {
  const titles = new Map<string, string>()
  await Promise.all(
    [...new Set(ids)].map(async (id) => {
      const { items } = await api.history(id).catch(() => ({ items: [] }))
      const latest = items.at(-1)
      if (latest) titles.set(id, latest.record.title)
    }),
  )
  return titles
}
