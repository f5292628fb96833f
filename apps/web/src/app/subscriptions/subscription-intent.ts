import { z } from 'zod'

/** What a button on the webhooks page asks for; `retry:<delivery id>` names the delivery. */
export const SubscriptionIntent = z.union([
  z.enum(['pause', 'resume', 'test', 'delete']),
  z.templateLiteral(['retry:', z.string().min(1).max(100)]),
])
export type SubscriptionIntent = z.infer<typeof SubscriptionIntent>

/** The form every row posts: which subscription, and the button pressed. */
export const SubscriptionForm = z.object({
  id: z.string().min(1).max(100),
  intent: SubscriptionIntent,
})

/** What the row says after a button did its work. */
export interface SubscriptionNotice {
  readonly tone: 'ok' | 'error'
  readonly text: string
}

/** A test delivery's answer as the editor reads it. */
export const describeTest = (sent: {
  ok: boolean
  statusCode?: number
  error?: string
  latencyMs: number
}): SubscriptionNotice => {
  const answer = sent.statusCode === undefined ? '' : ` HTTP ${sent.statusCode}`
  if (sent.ok) return { tone: 'ok', text: `Test delivered:${answer} in ${sent.latencyMs} ms.` }
  return {
    tone: 'error',
    text: `Test not delivered:${answer}${sent.error ? ` ${sent.error}` : ''} (${sent.latencyMs} ms).`,
  }
}
