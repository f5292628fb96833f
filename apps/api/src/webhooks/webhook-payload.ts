import type { WebhookPayload } from '@sitrep/domain'
import type { QueuedDelivery } from '@sitrep/store'

/** A delivery's body: the event, and the record as stored at the event's version (`doc`). */
export const webhookPayload = (delivery: QueuedDelivery, doc: string, now: Date): string => {
  const payload: WebhookPayload = {
    type: delivery.event,
    timestamp: now.toISOString(),
    data: {
      recordId: delivery.recordId,
      kind: delivery.kind,
      version: delivery.version,
      record: JSON.parse(doc),
    },
  }
  return JSON.stringify(payload)
}
