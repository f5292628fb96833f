import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { seededApp } from '@sitrep/api/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ClientOptions, createClient } from './create-client.ts'
import { SitrepApiError } from './sitrep-api-error.ts'

const ACLED = readFileSync(
  fileURLToPath(new URL('../../datasets/test-fixtures/acled-seed-night.csv', import.meta.url)),
  'utf8',
)

let seeded: Awaited<ReturnType<typeof seededApp>>
const options = (apiKey: string): ClientOptions => ({
  baseUrl: 'http://sitrep.test',
  apiKey,
  fetch: async (input, init) => seeded.app.request(new Request(input, init)),
})
const keys = { admin: '', editor: '' }
beforeAll(async () => {
  seeded = await seededApp()
  keys.admin = (await seeded.store.createApiKey({ role: 'admin', label: 'data' })).key
  keys.editor = (await seeded.store.createApiKey({ role: 'editor', label: 'desk' })).key
})
afterAll(() => seeded.store.close())

describe('importDataset and importRecords', () => {
  it('uploads a dataset as a form and gives its summary', async () => {
    const summary = await createClient(options(keys.admin)).importDataset('acled', {
      file: { name: 'acled.csv', content: new Blob([ACLED], { type: 'text/csv' }) },
    })
    expect(summary.rowsRead).toBe(ACLED.trim().split('\n').length - 1)
    expect(summary.created + summary.merged.length).toBeGreaterThan(0)
  })

  it('throws the API’s 403 problem when an editor sends a dataset', async () => {
    const failure = await createClient(options(keys.editor))
      .importDataset('acled', {
        file: { name: 'acled.csv', content: new Blob([ACLED]) },
      })
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(SitrepApiError)
    expect(failure).toMatchObject({ status: 403 })
  })

  it('imports records for an editor, its refused lines numbered', async () => {
    const summary = await createClient(options(keys.editor)).importRecords('{"kind": \n', 'ndjson')
    expect(summary).toMatchObject({
      imported: 0,
      rejected: [{ line: 1, code: 'invalid-json', reason: expect.stringMatching(/^invalid JSON/) }],
      rejectedCount: 1,
    })
  })
})
