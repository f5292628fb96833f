import {
  type NewSubscription,
  RecordKind,
  type Subscription,
  SubscriptionEvent,
  SubscriptionFilter,
} from '@sitrep/domain'
import { z } from 'zod'

const commaList = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
)

/** `sitrep subscriptions create` flags; events may be written short (`created,disputed`). */
export const SubscriptionCreateFlags = z.object({
  url: z.string().min(1),
  kind: commaList.pipe(z.array(RecordKind).min(1)).optional(),
  place: SubscriptionFilter.shape.placeId,
  actor: SubscriptionFilter.shape.actorId,
  events: commaList
    .transform((events) => events.map((e) => (e.startsWith('record.') ? e : `record.${e}`)))
    .pipe(z.array(SubscriptionEvent).min(1))
    .optional(),
  description: z.string().trim().min(1).max(500).optional(),
})
export type SubscriptionCreateFlags = z.infer<typeof SubscriptionCreateFlags>

export const newSubscriptionOf = (
  flags: SubscriptionCreateFlags,
): Pick<NewSubscription, 'url'> & Partial<NewSubscription> => ({
  url: flags.url,
  filter: {
    ...(flags.kind ? { kind: flags.kind } : {}),
    ...(flags.place ? { placeId: flags.place } : {}),
    ...(flags.actor ? { actorId: flags.actor } : {}),
  },
  ...(flags.events ? { events: flags.events } : {}),
  ...(flags.description ? { description: flags.description } : {}),
})

const healthOf = (s: Subscription): string => {
  const { pending, delivered, failed } = s.health
  const counts = `${delivered} delivered, ${pending} pending, ${failed} failed`
  return s.health.lastError ? `${counts}; last error: ${s.health.lastError}` : counts
}

/** Two lines per subscription: id, status and target; then its delivery health. */
export const describeSubscriptions = (items: readonly Subscription[]): string =>
  items.length === 0
    ? 'no subscriptions'
    : items
        .map(
          (s) =>
            `${s.id}  ${s.status.padEnd(8)}  ${s.url}${s.description ? `  (${s.description})` : ''}\n` +
            `  ${healthOf(s)}${s.disabledReason ? `\n  disabled: ${s.disabledReason}` : ''}`,
        )
        .join('\n')
