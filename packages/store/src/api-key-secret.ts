/**
 * Key material with Web Crypto only, so the same code runs in Node, workerd and browsers. Keys are
 * 32 random bytes, so a plain SHA-256 is enough: there is nothing to brute-force.
 */
const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('')

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')

export const hashApiKey = async (key: string): Promise<string> =>
  hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)))

/** A new key id and the full key string (`sitrep_<id>_<secret>`), shown to its owner once. */
export const newApiKey = (): { id: string; key: string } => {
  const id = hex(crypto.getRandomValues(new Uint8Array(6)).buffer)
  return { id, key: `sitrep_${id}_${base64url(crypto.getRandomValues(new Uint8Array(32)))}` }
}

/** Compares two hashes in time independent of where they differ. */
export const sameHash = (a: string, b: string): boolean => {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}
