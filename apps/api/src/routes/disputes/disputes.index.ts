import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { computeDisputes, FactView, RecordQuery, splitRecordQuery } from '@sitrep/domain'
import type { AppEnv } from '../../lib/app-env.ts'
import { problemResponses } from '../../lib/problem-responses.ts'
import { sourcesCitedBy } from './disputes.sources.ts'

/**
 * How many records one request may read looking for disputes; the cursor then resumes the scan,
 * so a sparse page costs a bounded amount of work.
 */
const SCAN_BUDGET = 5_000

const disputesRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['disputes'],
  summary: 'Every fact whose sources disagree, the claims side by side with their sources',
  request: { query: RecordQuery },
  responses: {
    200: {
      description:
        'Disputed facts; a page may hold fewer than `limit` when the scan budget ran out',
      content: {
        'application/json': {
          schema: z.object({ items: z.array(FactView), nextCursor: z.string().optional() }),
        },
      },
    },
    ...problemResponses,
  },
})

export const disputesApp = new OpenAPIHono<AppEnv>().openapi(disputesRoute, async (c) => {
  const { filter, page } = splitRecordQuery(c.req.valid('query'))
  const items: FactView[] = []
  let cursor = page.cursor
  let scanned = 0
  do {
    const batch = await c.var.store.listRecords(filter, {
      limit: 500,
      ...(cursor ? { cursor } : {}),
    })
    const disputed = batch.items.flatMap(({ record }) =>
      computeDisputes(record).length > 0 ? [record] : [],
    )
    const sources = await sourcesCitedBy(c.var.store, disputed)
    for (const record of disputed) {
      for (const d of computeDisputes(record, sources)) {
        items.push({
          ...d,
          kind: record.kind,
          title: record.title,
          positions: [...d.positions].map((p) => ({
            ...p,
            claims: [...p.claims],
            origins: [...p.origins],
          })),
        })
      }
    }
    scanned += batch.items.length
    cursor = batch.nextCursor
  } while (cursor && items.length < page.limit && scanned < SCAN_BUDGET)
  return c.json({ items, ...(cursor ? { nextCursor: cursor } : {}) }, 200)
})
