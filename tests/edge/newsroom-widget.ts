import { createClient } from '@sitrep/client'

/** A Worker service binding: the sitrep API, reachable without leaving the edge. */
interface Env {
  SITREP: { fetch: (request: Request) => Promise<Response> }
}

/**
 * A newsroom's edge function, as a developer would write it: it asks sitrep for the Istanbul
 * rounds through the typed client and answers with what its widget shows.
 */
export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    const sitrep = createClient({
      baseUrl: 'https://sitrep.internal',
      fetch: async (input, init) => env.SITREP.fetch(new Request(input, init)),
    })
    const { items } = await sitrep.talks.list()
    const disputes = await sitrep.disputes()
    return Response.json({
      rounds: items.map((t) => ({ round: t.record.round, title: t.record.title })),
      disputed: disputes.items.map((d) => `${d.recordId}:${d.fact}`),
    })
  },
}
