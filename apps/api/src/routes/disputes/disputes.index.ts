import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import {
  computeDisputes,
  FactView,
  ListTotal,
  RecordKind,
  RecordQuery,
  splitRecordQuery,
} from '@sitrep/domain'
import type { AppEnv } from '../../lib/app-env.ts'
import { problemResponses } from '../../lib/problem-responses.ts'
import { sourcesCitedBy } from './disputes.sources.ts'

const DisputeCount = z.object({
  kind: RecordKind,
  fact: z.string(),
  count: z.number().int().min(0),
})

const disputesRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['disputes'],
  summary: 'Every fact whose sources disagree, the claims side by side with their sources',
  request: { query: RecordQuery },
  responses: {
    200: {
      description:
        'Disputed facts from the disputes index written with the records: newest first (sort=date: oldest first), records of no known date last; every page but the last holds `limit` items. `total` (always exact) and `counts` (by record kind and fact name) cover the whole filter.',
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(FactView),
            nextCursor: z.string().optional(),
            total: ListTotal,
            counts: z.array(DisputeCount),
          }),
        },
      },
    },
    ...problemResponses,
  },
})

export const disputesApp = new OpenAPIHono<AppEnv>().openapi(disputesRoute, async (c) => {
  const { filter, page } = splitRecordQuery(c.req.valid('query'))
  const [found, counts] = await Promise.all([
    c.var.store.listDisputes(filter, page),
    c.var.store.countDisputes(filter),
  ])
  const records = [...new Map(found.items.map((d) => [d.stored.record.id, d.stored.record]))]
  const sources = await sourcesCitedBy(
    c.var.store,
    records.map(([, r]) => r),
  )
  // The index names each disputed fact; its positions are derived again with the sources, which
  // tell syndicated copies from independent origins.
  const views = new Map(
    records.flatMap(([id, record]) =>
      computeDisputes(record, sources).map((d): [string, FactView] => [
        `${id}\u0000${d.fact}\u0000${d.key}`,
        {
          ...d,
          kind: record.kind,
          title: record.title,
          positions: [...d.positions].map((p) => ({
            ...p,
            claims: [...p.claims],
            origins: [...p.origins],
          })),
        },
      ]),
    ),
  )
  const items = found.items.flatMap(
    (d) => views.get(`${d.stored.record.id}\u0000${d.fact}\u0000${d.key}`) ?? [],
  )
  const byKind = counts.flatMap((n) => {
    const kind = RecordKind.safeParse(n.kind)
    return kind.success ? [{ ...n, kind: kind.data }] : []
  })
  const total = { value: counts.reduce((sum, n) => sum + n.count, 0), exact: true }
  return c.json(
    {
      items,
      ...(found.nextCursor ? { nextCursor: found.nextCursor } : {}),
      total,
      counts: byKind,
    },
    200,
  )
})
