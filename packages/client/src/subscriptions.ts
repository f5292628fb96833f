import type {
  CreatedSubscription,
  Delivery,
  NewSubscription,
  Subscription,
  SubscriptionPatch,
} from '@sitrep/domain'
import type { ClientOptions } from './create-client.ts'
import { send } from './send.ts'

const json = (body: unknown): RequestInit => ({
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
})

/** What `create` takes: the target URL, and optionally the filter, events and a description. */
export type SubscriptionInput = Pick<NewSubscription, 'url'> & Partial<NewSubscription>

/**
 * `/v1/subscriptions` (editor role): webhooks for new and changed records. The secret comes once,
 * in `create`'s answer; check deliveries with `verifyWebhook`.
 */
export const subscriptionsClient = (options: ClientOptions) => {
  const call = async <T>(path: string, init: RequestInit = {}): Promise<T> =>
    (await (await send(options, `v1/subscriptions${path}`, init)).json()) as T
  return {
    list: () => call<{ items: Subscription[] }>(''),
    get: (id: string) => call<Subscription>(`/${id}`),
    create: (input: SubscriptionInput) =>
      call<CreatedSubscription>('', { method: 'POST', ...json(input) }),
    update: (id: string, patch: SubscriptionPatch) =>
      call<Subscription>(`/${id}`, { method: 'PATCH', ...json(patch) }),
    pause: (id: string) =>
      call<Subscription>(`/${id}`, { method: 'PATCH', ...json({ status: 'paused' }) }),
    resume: (id: string) =>
      call<Subscription>(`/${id}`, { method: 'PATCH', ...json({ status: 'active' }) }),
    delete: async (id: string): Promise<void> => {
      await send(options, `v1/subscriptions/${id}`, { method: 'DELETE' })
    },
    deliveries: (id: string, page: { limit?: number; before?: number } = {}) => {
      const query = new URLSearchParams(
        Object.entries(page).map(([k, v]) => [k, String(v)]),
      ).toString()
      return call<{ items: Delivery[]; next?: number }>(
        `/${id}/deliveries${query ? `?${query}` : ''}`,
      )
    },
    retry: async (id: string, deliveryId: string): Promise<void> => {
      await send(options, `v1/subscriptions/${id}/deliveries/${deliveryId}/retry`, {
        method: 'POST',
      })
    },
    test: (id: string) =>
      call<{ ok: boolean; statusCode?: number; error?: string; latencyMs: number }>(`/${id}/test`, {
        method: 'POST',
      }),
  }
}
