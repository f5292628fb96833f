const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

/** A delivery's id, sent as `webhook-id`: random, so it reveals nothing of the queue. */
export const newDeliveryId = (): string => `msg_${hex(crypto.getRandomValues(new Uint8Array(12)))}`

export const newSubscriptionId = (): string =>
  `sub_${hex(crypto.getRandomValues(new Uint8Array(10)))}`
