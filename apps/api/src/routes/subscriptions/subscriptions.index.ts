import { OpenAPIHono } from '@hono/zod-openapi'
import type { ApiKeyInfo } from '@sitrep/domain'
import type { SubscriptionScope } from '@sitrep/store'
import { ApiError } from '../../lib/api-error.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { type HostResolver, refusedResolvedTarget } from '../../webhooks/public-addresses.ts'
import type { SecretBox } from '../../webhooks/secret-box.ts'
import { newWebhookSecret } from '../../webhooks/secret-box.ts'
import { sendWebhook } from '../../webhooks/send-webhook.ts'
import { refusedTarget } from '../../webhooks/target-policy.ts'
import { type SignerFor, standardSigner } from '../../webhooks/webhook-signer.ts'
import type { WebhookTransport } from '../../webhooks/webhook-transport.ts'
import {
  createSubscriptionRoute,
  deleteSubscriptionRoute,
  getSubscriptionRoute,
  listDeliveriesRoute,
  listSubscriptionsRoute,
  patchSubscriptionRoute,
  retryDeliveryRoute,
  testSubscriptionRoute,
} from './subscriptions.routes.ts'

export interface WebhookOptions {
  /** Seals signing secrets at rest; without it, subscriptions cannot be made (503). */
  readonly box?: SecretBox
  /** `SITREP_WEBHOOK_ALLOW_PRIVATE=true`: http and private addresses allowed (development, tests). */
  readonly allowPrivateTargets?: boolean
  /** How test deliveries leave; `fetch` unless given. */
  readonly transport?: WebhookTransport
  /** How test deliveries are signed; the Standard Webhooks package unless given. */
  readonly signerFor?: SignerFor
  /**
   * Resolves a target's name when a subscription is made or changed, to refuse a public-looking
   * name that points at a private address (the Node entry: DNS). Left out in the Worker, which
   * has no private network for a target to reach (apps/api/README.md).
   */
  readonly resolveHost?: HostResolver
}

/** An admin manages every subscription; an editor only those their key made. */
const scopeOf = (principal: ApiKeyInfo | undefined): SubscriptionScope =>
  principal?.role === 'admin' ? {} : { owner: principal?.id ?? 'anonymous' }

const checkTarget = async (url: string, allowPrivate: boolean, resolveHost?: HostResolver) => {
  const refused =
    refusedTarget(url, allowPrivate) ??
    (allowPrivate || !resolveHost ? undefined : await refusedResolvedTarget(url, resolveHost))
  if (refused)
    throw new ApiError('unprocessable', `the target URL is refused: ${refused}`, [
      { path: 'url', message: refused },
    ])
}

export const subscriptionsApp = (options: WebhookOptions) => {
  const allowPrivate = options.allowPrivateTargets ?? false
  const boxOf = (): SecretBox => {
    if (!options.box) throw new ApiError('overloaded', 'webhooks are not configured on this server')
    return options.box
  }
  return new OpenAPIHono<AppEnv>()
    .openapi(createSubscriptionRoute, async (c) => {
      const input = c.req.valid('json')
      await checkTarget(input.url, allowPrivate, options.resolveHost)
      const secret = newWebhookSecret()
      const created = await c.var.store.createSubscription({
        ...input,
        owner: scopeOf(c.var.principal).owner ?? c.var.principal?.id ?? 'admin',
        sealedSecret: await boxOf().seal(secret),
      })
      c.header('cache-control', 'no-store')
      return c.json({ ...created, secret }, 201)
    })
    .openapi(listSubscriptionsRoute, async (c) => {
      c.header('cache-control', 'no-store')
      return c.json({ items: await c.var.store.listSubscriptions(scopeOf(c.var.principal)) }, 200)
    })
    .openapi(getSubscriptionRoute, async (c) => {
      c.header('cache-control', 'no-store')
      const { id } = c.req.valid('param')
      return c.json(await c.var.store.getSubscription(id, scopeOf(c.var.principal)), 200)
    })
    .openapi(patchSubscriptionRoute, async (c) => {
      const patch = c.req.valid('json')
      if (patch.url) await checkTarget(patch.url, allowPrivate, options.resolveHost)
      const { id } = c.req.valid('param')
      return c.json(await c.var.store.updateSubscription(id, patch, scopeOf(c.var.principal)), 200)
    })
    .openapi(deleteSubscriptionRoute, async (c) => {
      await c.var.store.deleteSubscription(c.req.valid('param').id, scopeOf(c.var.principal))
      return c.body(null, 204)
    })
    .openapi(testSubscriptionRoute, async (c) => {
      const { id } = c.req.valid('param')
      const target = await c.var.store.subscriptionTarget(id, scopeOf(c.var.principal))
      await checkTarget(target.url, allowPrivate, options.resolveHost)
      const now = new Date()
      const testId = `msg_test${crypto.randomUUID().replaceAll('-', '').slice(0, 20)}`
      const sent = await sendWebhook({
        url: target.url,
        signer: (options.signerFor ?? standardSigner)(await boxOf().open(target.sealedSecret)),
        id: testId,
        body: JSON.stringify({
          type: 'webhook.test',
          timestamp: now.toISOString(),
          data: { subscriptionId: id },
        }),
        now,
        ...(options.transport ? { transport: options.transport } : {}),
      })
      const { ok, ...attempt } = sent
      return c.json({ ok, at: now.toISOString(), ...attempt }, 200)
    })
    .openapi(listDeliveriesRoute, async (c) => {
      c.header('cache-control', 'no-store')
      const { id } = c.req.valid('param')
      const { limit, before } = c.req.valid('query')
      const page = await c.var.store.listDeliveries(
        id,
        { limit, ...(before === undefined ? {} : { before }) },
        scopeOf(c.var.principal),
      )
      return c.json(page, 200)
    })
    .openapi(retryDeliveryRoute, async (c) => {
      const { id, deliveryId } = c.req.valid('param')
      await c.var.store.retryDelivery(id, deliveryId, scopeOf(c.var.principal))
      return c.body(null, 202)
    })
}
