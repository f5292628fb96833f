/**
 * Seals subscription secrets at rest with AES-256-GCM (Web Crypto, so Node and Workers alike).
 * Standard Webhooks' symmetric signatures need the secret again to sign each delivery, so the
 * spec's alternative to hashing applies: stored encrypted, the key kept outside the database.
 */
export interface SecretBox {
  seal(secret: string): Promise<string>
  open(sealed: string): Promise<string>
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes))
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0))

/** `key` is 32 bytes, given as base64 (how the entries read it from configuration). */
export const secretBox = async (keyBase64: string): Promise<SecretBox> => {
  const raw = fromBase64(keyBase64)
  if (raw.length !== 32) throw new Error('the webhook key must be 32 bytes, base64-encoded')
  const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt'])
  return {
    async seal(secret) {
      const iv = crypto.getRandomValues(new Uint8Array(12))
      const sealed = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv },
        key,
        new TextEncoder().encode(secret),
      )
      return `v1.${toBase64(iv)}.${toBase64(new Uint8Array(sealed))}`
    },
    async open(sealed) {
      const [version, iv, body] = sealed.split('.')
      if (version !== 'v1' || !iv || !body) throw new Error('not a sealed webhook secret')
      const clear = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64(iv) },
        key,
        fromBase64(body),
      )
      return new TextDecoder().decode(clear)
    },
  }
}

/** A new signing secret in the spec's form: `whsec_` and base64 of 32 random bytes. */
export const newWebhookSecret = (): string =>
  `whsec_${toBase64(crypto.getRandomValues(new Uint8Array(32)))}`

/** A new sealing key, base64, for configuration (`SITREP_WEBHOOK_KEY`). */
export const newSealingKey = (): string => toBase64(crypto.getRandomValues(new Uint8Array(32)))
