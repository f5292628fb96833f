import type { Subscription } from '@sitrep/domain'

/** How a subscription is faring, in one word a badge can carry, and the sentence behind it. */
export const subscriptionHealth = (
  s: Subscription,
): { tone: 'ok' | 'warn' | 'off'; label: string; detail: string } => {
  const { pending, delivered, failed, lastError } = s.health
  const counts = `${delivered} delivered, ${pending} waiting, ${failed} given up`
  if (s.status === 'disabled')
    return { tone: 'off', label: 'Disabled', detail: s.disabledReason ?? counts }
  if (s.status === 'paused') return { tone: 'off', label: 'Paused', detail: counts }
  if (lastError)
    return { tone: 'warn', label: 'Retrying', detail: `${counts}; last error: ${lastError}` }
  return { tone: 'ok', label: 'Healthy', detail: counts }
}

/** The filter as a reader says it: "attacks in ua-kyiv", "every record". */
export const describeFilter = (s: Subscription): string => {
  const parts = [
    s.filter.kind?.length ? s.filter.kind.join(', ') : 'every record',
    s.filter.placeId ? `in ${s.filter.placeId}` : '',
    s.filter.actorId ? `naming ${s.filter.actorId}` : '',
  ]
  return parts.filter(Boolean).join(' ')
}
