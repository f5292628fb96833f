import { createRoute, z } from '@hono/zod-openapi'
import { Brief, IsoDate, RecordQuery } from '@sitrep/domain'
import { problemResponses } from '../../lib/problem-responses.ts'

/** How long a brief's period may be: a quarter at most, a brief is no archive. */
/** "2025-02-30" matches the pattern and JavaScript would read it as 2 March: refuse it instead. */
const realInstant = (since: string) =>
  IsoDate.safeParse(since.slice(0, 10)).success &&
  !Number.isNaN(Date.parse(since.length === 10 ? `${since}T00:00:00Z` : since))

export const MAX_BRIEF_DAYS = 92

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1

/**
 * A period (`from` and `to`) or a point in the change feed (`since`), with the timeline's
 * place, actor and kind filters; the format of the answer.
 */
export const BriefQuery = z
  .object({
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    placeId: RecordQuery.shape.placeId,
    actorId: RecordQuery.shape.actorId,
    kind: RecordQuery.shape.kind,
    since: z
      .string()
      .regex(/^(\d{1,15}|\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?)$/, {
        message: 'a change-feed revision (a whole number) or an ISO date or instant',
      })
      .refine((since) => /^\d+$/.test(since) || realInstant(since), {
        message: 'not a real date or instant',
      })
      .optional()
      .openapi({
        description:
          'What is new or changed after this point: a revision (the `revision` of an earlier brief, or a change `seq`) or an ISO date or instant. Replaces `from`/`to`.',
      }),
    format: z
      .enum(['json', 'md', 'html'])
      .default('json')
      .openapi({ description: 'JSON (the structure), Markdown with numbered footnotes, or HTML' }),
  })
  .strict()
  .refine((q) => q.since !== undefined || (q.from !== undefined && q.to !== undefined), {
    message: 'give from and to, or since',
    path: ['from'],
  })
  .refine((q) => q.since === undefined || (!q.from && !q.to && !q.placeId && !q.actorId), {
    message: 'since replaces from and to, and narrows by kind only',
    path: ['since'],
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'to must not be before from',
    path: ['to'],
  })
  .refine((q) => !q.from || !q.to || days(q.from, q.to) <= MAX_BRIEF_DAYS, {
    message: `a brief covers at most ${MAX_BRIEF_DAYS} days`,
    path: ['to'],
  })
export type BriefQuery = z.output<typeof BriefQuery>

export const briefRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['brief'],
  summary:
    'The situation brief for a period (or since a revision): talks, aid, attacks and the air war, what leaders said, open disputes and what changed, every sentence footnoted to its claims',
  description:
    "Built from the records by templates, deterministically: the same store and query give the same brief. Numbers are the bands the evidence allows; disputed facts name both sides and their sources; an unresolved date is said to be unresolved. Sums over many records (attacks in the period, drones launched) are listed as the sentence's `figures`, every other number is a cited claim's.",
  request: { query: BriefQuery },
  responses: {
    200: {
      description: 'The brief',
      content: {
        'application/json': { schema: Brief },
        'text/markdown': { schema: z.string() },
        'text/html': { schema: z.string() },
      },
    },
    ...problemResponses,
  },
})
