/**
 * A short, stable fingerprint of source text (FNV-1a, 52 bits as base-36): ids derived from a
 * dataset row stay the same on every import, so importing a file twice finds its own records.
 * Not a security hash; collisions among a few thousand rows are vanishingly unlikely.
 */
export const fingerprint = (text: string): string => {
  let hi = 0x811c9dc5
  let lo = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    hi = Math.imul(hi ^ c, 0x01000193) >>> 0
    lo = Math.imul(lo ^ ((c * 31) & 0xffff), 0x5bd1e995) >>> 0
  }
  return ((hi & 0xfffff) * 2 ** 32 + lo).toString(36).padStart(10, '0')
}

/** The slug alphabet of domain ids: lowercase letters, digits, ".", "_" and "-". */
export const slugPart = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)

/**
 * A dataset record's evidence ids start with the record's own id, so that after its claims were
 * fused into another record they can still be found (to update them from a newer file, or to
 * split them out again).
 */
export const ownClaimId = (recordId: string, suffix: string): string => `${recordId}.${suffix}`

export const isOwnClaim = (recordId: string, claimId: string): boolean =>
  claimId.startsWith(`${recordId}.`)
