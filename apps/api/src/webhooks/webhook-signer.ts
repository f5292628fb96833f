import { Webhook } from 'standardwebhooks'

/** Signs one delivery: the `webhook-signature` header for `id.timestamp.body`. */
export interface WebhookSigner {
  sign(id: string, at: Date, body: string): string
}

/** Makes the signer for one subscription's secret (made once per subscription per round). */
export type SignerFor = (secret: string) => WebhookSigner

/** The Standard Webhooks package's signer: pure JavaScript, so it runs in the Worker too. */
export const standardSigner: SignerFor = (secret) => new Webhook(secret)
