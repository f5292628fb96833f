import { createRoute, z } from '@hono/zod-openapi'
import {
  CreatedSubscription,
  Delivery,
  DeliveryAttempt,
  DeliveryId,
  NewSubscription,
  Subscription,
  SubscriptionId,
  SubscriptionPatch,
} from '@sitrep/domain'
import { requireRole } from '../../lib/auth.ts'
import {
  notFoundResponse,
  problemResponses,
  writeProblemResponses,
} from '../../lib/problem-responses.ts'

const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } })
// An editor's own subscriptions; an admin sees and changes every one.
const common = () => ({
  tags: ['subscriptions'],
  security: [{ bearer: [] }],
  middleware: [requireRole('editor')],
})
const errors = { ...writeProblemResponses, ...notFoundResponse, ...problemResponses } as const
const IdParam = z.object({ id: SubscriptionId })

export const createSubscriptionRoute = createRoute({
  ...common(),
  method: 'post',
  path: '/',
  summary:
    'Subscribe a URL to record events (editor role); the signing secret is in this response only',
  request: { body: { required: true, content: json(NewSubscription) } },
  responses: { 201: { description: 'Created', content: json(CreatedSubscription) }, ...errors },
})

export const listSubscriptionsRoute = createRoute({
  ...common(),
  method: 'get',
  path: '/',
  summary: 'Your subscriptions with their delivery health (editor role)',
  responses: {
    200: {
      description: 'The subscriptions',
      content: json(z.object({ items: z.array(Subscription) })),
    },
    ...errors,
  },
})

export const getSubscriptionRoute = createRoute({
  ...common(),
  method: 'get',
  path: '/{id}',
  summary: 'One subscription (editor role)',
  request: { params: IdParam },
  responses: { 200: { description: 'The subscription', content: json(Subscription) }, ...errors },
})

export const patchSubscriptionRoute = createRoute({
  ...common(),
  method: 'patch',
  path: '/{id}',
  summary: 'Pause, resume, or change a subscription’s target, filter or events (editor role)',
  request: { params: IdParam, body: { required: true, content: json(SubscriptionPatch) } },
  responses: { 200: { description: 'Changed', content: json(Subscription) }, ...errors },
})

export const deleteSubscriptionRoute = createRoute({
  ...common(),
  method: 'delete',
  path: '/{id}',
  summary: 'Delete a subscription and its delivery history (editor role)',
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...errors },
})

export const testSubscriptionRoute = createRoute({
  ...common(),
  method: 'post',
  path: '/{id}/test',
  summary: 'Send a signed `webhook.test` event now and answer how the receiver took it',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'The attempt (a receiver’s refusal is reported here, not as an error)',
      content: json(DeliveryAttempt.omit({ attempt: true }).extend({ ok: z.boolean() })),
    },
    ...errors,
  },
})

export const listDeliveriesRoute = createRoute({
  ...common(),
  method: 'get',
  path: '/{id}/deliveries',
  summary: 'A subscription’s deliveries, newest first, each with every attempt',
  request: {
    params: IdParam,
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      before: z.coerce.number().int().min(0).optional(),
    }),
  },
  responses: {
    200: {
      description: 'A page of deliveries; `next` is the `before` of the next page',
      content: json(z.object({ items: z.array(Delivery), next: z.number().int().optional() })),
    },
    ...errors,
  },
})

export const retryDeliveryRoute = createRoute({
  ...common(),
  method: 'post',
  path: '/{id}/deliveries/{deliveryId}/retry',
  summary: 'Queue a delivery to be sent again (after those before it, in order)',
  request: { params: IdParam.extend({ deliveryId: DeliveryId }) },
  responses: { 202: { description: 'Queued' }, ...errors },
})
