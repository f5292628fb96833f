import { describe, expect, it } from 'vitest'
import { apiErrorFrom, SitrepApiError } from './sitrep-api-error.ts'
import { seededClient } from './testing/seeded-client.ts'

const rejection = async (pending: Promise<unknown>): Promise<SitrepApiError> => {
  const error = await pending.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof SitrepApiError)) throw new Error(`expected SitrepApiError, got ${error}`)
  return error
}

describe('SitrepApiError', () => {
  it('carries the not-found problem for an unknown record', async () => {
    const { client } = await seededClient()
    const error = await rejection(client.talks.get('no-such-talk'))
    expect(error.status).toBe(404)
    expect(error.code).toBe('not-found')
    expect(error.problem.type).toBe('/problems/not-found')
  })

  it('names the field at fault when a filter is invalid', async () => {
    const { client } = await seededClient()
    const error = await rejection(client.records.list({ from: '2025-07-30', to: '2025-07-01' }))
    expect(error.code).toBe('validation')
    expect(error.problem.issues?.map((i) => i.path)).toContain('to')
  })

  it('refuses a talk fetched through the aid route: ids are checked against the kind', async () => {
    const { client } = await seededClient()
    expect((await rejection(client.aid.get('talk-istanbul-2025-07'))).status).toBe(404)
  })

  it('describes a body that is not problem+json from the status alone', async () => {
    const error = await apiErrorFrom(
      new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    )
    expect(error.problem).toMatchObject({ status: 502, title: 'Bad Gateway', type: 'about:blank' })
    expect(error.message).toContain('502')
  })
})

describe('apiKey', () => {
  it('is sent as a bearer token on every request', async () => {
    const { store, clientWith, requests } = await seededClient()
    const { key } = await store.createApiKey({ role: 'reader', label: 'client test' })
    await clientWith({ apiKey: key }).talks.list()
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${key}`)
  })
})
