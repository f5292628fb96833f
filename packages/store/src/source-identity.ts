import {
  canonicalUrl,
  encodeSignature,
  lshBandKeys,
  minHashSignature,
  nearDuplicateSignature,
  publicationDay,
  type Source,
  textFingerprint,
} from '@sitrep/domain'
import type { Kysely } from 'kysely'
import { chunk } from './chunk.ts'
import type { Database } from './database.ts'
import { rowsPerStatement } from './parameter-budget.ts'
import { insertMany } from './queries/insert-many.ts'

/**
 * The columns and band keys that let `findHeldSource` recognise a source again, and the day it
 * appeared, by which `listUndatedReported` finds what it reported.
 */
export interface SourceIdentity {
  canonical_url: string | null
  text_fingerprint: string | null
  text_minhash: string | null
  /** The day the source appeared: what finds the records its article left undated. */
  published_on: string | null
  bands: readonly string[]
}

/**
 * A dataset row's text is one CSV row: rows of one file share most of their words by format, so
 * near-duplicate detection would pair unrelated events, and no article is ever the same words as
 * a row. Its URL (the post it reports) identifies it to an ingest; its id already comes from the
 * row. Skipping its hashes keeps dataset imports as fast as before (SHA-256 through Web Crypto
 * costs ~100 µs a text).
 */
const comparesText = (source: Source) => source.kind !== 'dataset-row'

export const sourceIdentity = async (source: Source): Promise<SourceIdentity> => {
  const text = comparesText(source) ? source.text : undefined
  const signature = text === undefined ? undefined : minHashSignature(text)
  // Every text keeps its signature (to say how far a text at its URL moved); only one long
  // enough to compare is a near-duplicate candidate.
  const comparable = text === undefined ? undefined : nearDuplicateSignature(text)
  return {
    canonical_url: source.url === undefined ? null : (canonicalUrl(source.url) ?? null),
    text_fingerprint: text === undefined ? null : await textFingerprint(text),
    text_minhash: signature ? encodeSignature(signature) : null,
    published_on: publicationDay(source) ?? null,
    bands: comparable ? lshBandKeys(comparable) : [],
  }
}

/**
 * Replaces the band keys of the given sources (the caller has written their rows and identity
 * columns): a source whose text changed must not stay a candidate under its old keys.
 */
export const replaceSourceBands = async (
  db: Kysely<Database>,
  identities: readonly { readonly id: string; readonly bands: readonly string[] }[],
): Promise<void> => {
  for (const ids of chunk(
    identities.map((s) => s.id),
    rowsPerStatement(db, 1),
  ))
    await db.deleteFrom('source_bands').where('source_bands.source_id', 'in', ids).execute()
  await insertMany(
    db,
    'source_bands',
    identities.flatMap((s) => s.bands.map((band_key) => ({ source_id: s.id, band_key }))),
  )
}
