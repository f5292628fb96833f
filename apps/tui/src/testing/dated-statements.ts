import { createClient } from '@sitrep/client'
import type { SitrepRecord } from '@sitrep/domain'
import { seedRecord } from './fixtures.ts'
import type { seededApi } from './seeded-api.ts'

/**
 * `count` statements more than a page holds, each Zelensky's dated air-defence appeal from the
 * seed article under its own numbered id and title, as a bulk import of a day's reports would be.
 */
export const datedStatements = (count: number): SitrepRecord[] =>
  Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, '0')
    return {
      ...seedRecord('st-zelensky-air-defence').record,
      id: `st-air-defence-appeal-${n}`,
      title: `Air defence appeal ${n}`,
    }
  })

/** Writes records through the API's NDJSON import, as an editor would. */
export const importThroughApi = async (
  api: Awaited<ReturnType<typeof seededApi>>,
  records: readonly SitrepRecord[],
): Promise<void> => {
  const { key } = await api.store.createApiKey({ role: 'editor', label: 'paging test' })
  const body = records.map((r) => JSON.stringify(r)).join('\n')
  const summary = await createClient({ ...api.options, apiKey: key }).importRecords(body)
  if (summary.imported !== records.length)
    throw new Error(`imported ${summary.imported} of ${records.length}`)
}
