import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { IngestProposal, IngestPublish, IngestPublished, IngestRequest } from '@sitrep/domain'
import { defaultDecisions, planPublish } from '@sitrep/extract'
import { ApiError } from '../../lib/api-error.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { requireRole, writerOf } from '../../lib/auth.ts'
import { problemResponses, writeProblemResponses } from '../../lib/problem-responses.ts'
import { checkMergeTargets } from './ingest.merge-targets.ts'
import { readIngest } from './ingest.reading.ts'

const json = <T>(schema: T) => ({ 'application/json': { schema } })

const proposeRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['ingest'],
  summary:
    'Read an article and propose records with evidence spans, and the records they may duplicate (editor role)',
  description:
    'The article is read on a worker thread within a time budget (`SITREP_INGEST_BUDGET_MS`, default 5 s, on the Node server): an article that takes longer is refused with 422 naming the setting, and an article that finds every thread busy with 503 and `Retry-After`. The publish route reads the article again under the same budget.',
  security: [{ bearer: [] }],
  middleware: [requireRole('editor')],
  request: { body: { required: true, content: json(IngestRequest) } },
  responses: {
    200: {
      description:
        'Drafts, match suggestions and the default decision for each draft (merge into a match scoring at least the default threshold, else new); names resolve against the store’s dictionaries, actors added through ingest included. Nothing is written',
      content: json(IngestProposal),
    },
    ...writeProblemResponses,
    ...problemResponses,
  },
})

const publishRoute = createRoute({
  method: 'post',
  path: '/publish',
  tags: ['ingest'],
  summary:
    'Publish an article by decisions in one transaction: new records, evidence merged into matched ones, new names kept, mapped or added as actors (editor role)',
  description:
    'The body is the article (as for `POST /v1/ingest`) with a decision per draft id (`reject`, `new` with an optional title, `merge` into a record id) and per new name (`keep`, `map`, `add`). The API reads the article again with the store’s dictionaries and applies the decisions to its own drafts: drafts are never accepted from the client, and a `new` decision’s title is the only free text. A draft without a decision takes its default. A decision for a draft or name this reading lacks, a merge into a record that is absent, deleted or of another kind, or a mapping to an unknown entry is refused with 422 and nothing is written.',
  security: [{ bearer: [] }],
  middleware: [requireRole('editor')],
  request: { body: { required: true, content: json(IngestPublish) } },
  responses: {
    200: { description: 'What was created and what was merged', content: json(IngestPublished) },
    ...writeProblemResponses,
    ...problemResponses,
  },
})

export const ingestApp = new OpenAPIHono<AppEnv>()
  .openapi(proposeRoute, async (c) => {
    const { source, drafts, matches, held } = await readIngest(
      c.var.store,
      c.var,
      c.req.valid('json'),
    )
    return c.json(
      {
        source,
        drafts,
        matches,
        defaults: defaultDecisions(drafts, matches),
        ...(held ? { held } : {}),
      },
      200,
    )
  })
  .openapi(publishRoute, async (c) => {
    const { decisions, names, ...article } = c.req.valid('json')
    const reading = await readIngest(c.var.store, c.var, article)
    const plan = planPublish({ ...reading, decisions, ...(names ? { names } : {}) })
    if (!plan.ok)
      throw new ApiError(
        'unprocessable',
        plan.problems.join('; '),
        plan.problems.map((message) => ({ path: 'body', message })),
      )
    await checkMergeTargets(c.var.store, plan.write.additions)
    const result = await c.var.store.publishIngest(plan.write, {
      by: writerOf(c.var.principal),
      reason: `ingest of ${reading.source.id}`,
    })
    return c.json({ ...result, actors: [...plan.write.actors] }, 200)
  })
