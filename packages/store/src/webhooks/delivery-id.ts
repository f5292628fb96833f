const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

/**
 * A delivery's id, sent as `webhook-id`: the time it was queued (milliseconds, 12 hex digits),
 * then 64 random bits. It tells a receiver when the event was queued, which the body's
 * timestamp nearly does anyway, and nothing of the queue's size. Time-ordered so a fan-out's
 * rows append to the id's index: random ids put each row on its own 16 KiB page, and a
 * 500-delivery transaction wrote several MB to the WAL (42 → 16 ms a transaction at load 11).
 */
export const newDeliveryId = (): string =>
  `msg_${Date.now().toString(16).padStart(12, '0')}${hex(crypto.getRandomValues(new Uint8Array(8)))}`

export const newSubscriptionId = (): string =>
  `sub_${hex(crypto.getRandomValues(new Uint8Array(10)))}`
