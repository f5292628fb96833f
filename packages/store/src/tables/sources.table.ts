export interface SourcesTable {
  id: string
  title: string
  doc: string
  /** canonical-url.ts of the source's `url`; null without one. */
  canonical_url: string | null
  /** SHA-256 of the normalised text (text-fingerprint.ts); null without text or for a dataset row. */
  text_fingerprint: string | null
  /** MinHash signature, hex (near-duplicate.ts); null without text or for a dataset row. Band keys exist only for texts of 50 words or more. */
  text_minhash: string | null
  /** The day the source appeared (`publishedAt`'s date); null when it does not say. */
  published_on: string | null
}
