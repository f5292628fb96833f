import type { Miniflare } from 'miniflare'
import type { D1Binding, D1Statement } from '../dialects/d1.ts'

/**
 * A Worker that runs statements on its own D1 binding, so tests reach workerd's real D1 with
 * plain async requests. Miniflare's `getD1Database()` proxy answers each property access through
 * a synchronous cross-thread fetch that, under load on a 2-core machine, now and then loses its
 * reply ("AssertionError: false == true" inside Miniflare's fetch-sync), failing a test that did
 * nothing wrong.
 */
export const REMOTE_D1_WORKER = `
export default {
  async fetch(request, env) {
    const body = await request.json()
    const statement = (s) => env.DB.prepare(s.sql).bind(...s.params)
    try {
      const result = body.batch
        ? await env.DB.batch(body.batch.map(statement))
        : await statement(body).all()
      return Response.json({ result })
    } catch (error) {
      return Response.json({ error: String(error && error.message ? error.message : error) })
    }
  },
}
`

interface Sent {
  sql: string
  params: unknown[]
}

const jsonSafe = (value: unknown): unknown => {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value
  throw new TypeError(`remote D1 cannot send a ${typeof value} parameter`)
}

/** The store's D1Binding over a Miniflare whose script is REMOTE_D1_WORKER. */
export const remoteD1 = (mf: Miniflare): D1Binding => {
  const sent = new WeakMap<D1Statement, Sent>()
  const call = async (body: Sent | { batch: Sent[] }): Promise<unknown> => {
    const response = await mf.dispatchFetch('http://d1.test/', {
      method: 'POST',
      body: JSON.stringify(body),
    })
    const answer = (await response.json()) as { result?: unknown; error?: string }
    if (answer.error !== undefined) throw new Error(answer.error)
    return answer.result
  }
  const statement = (sql: string, params: unknown[]): D1Statement => {
    const made: D1Statement = {
      bind: (...values) => statement(sql, values.map(jsonSafe)),
      all: async () => (await call({ sql, params })) as { results?: unknown[] },
    }
    sent.set(made, { sql, params })
    return made
  }
  return {
    prepare: (sql) => statement(sql, []),
    batch: async (statements) => {
      const batch = statements.map((s) => {
        const found = sent.get(s)
        if (!found) throw new Error('remote D1 can batch only statements it prepared')
        return found
      })
      return (await call({ batch })) as unknown[]
    },
  }
}
