import {
  canonicalUrl,
  decodeSignature,
  estimatedJaccard,
  type HeldSource,
  type HeldSourceQuery,
  lshBandKeys,
  type MinHashSignature,
  minHashSignature,
  NEAR_DUPLICATE_THRESHOLD,
  nearDuplicateSignature,
  textFingerprint,
} from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import { toSource } from '../mappers.ts'

/**
 * Sources sharing the most band keys are checked first; past a few dozen, a text shares bands
 * with everything that repeats its stock phrases and the best match is already among the first.
 */
const NEAR_DUPLICATE_CANDIDATES = 20
/** Revisions of one article kept under its address; more than this is not an article. */
const URL_VERSIONS = 50

const similarityOf = (
  signature: MinHashSignature | undefined,
  stored: string | null,
): number | undefined => {
  const other = stored === null ? undefined : decodeSignature(stored)
  return signature && other ? estimatedJaccard(signature, other) : undefined
}

/**
 * The source sitrep already holds for an article, tried from the surest key to the loosest: its
 * canonical URL, its normalised text, then the near-duplicates its LSH band keys lead to (each
 * key an index lookup, never a scan of the texts). A near-duplicate answers with the original
 * the match copies, when the match is itself a copy, so that copies of copies point at one text.
 */
export const findHeldSource = async (
  db: Kysely<Database>,
  query: HeldSourceQuery,
): Promise<HeldSource | undefined> => {
  // A text too short to compare still reports how far it moved from a text held at its URL.
  const signature = query.text === undefined ? undefined : minHashSignature(query.text)
  const comparable = query.text === undefined ? undefined : nearDuplicateSignature(query.text)
  const fingerprint = query.text === undefined ? undefined : await textFingerprint(query.text)
  const url = query.url === undefined ? undefined : canonicalUrl(query.url)

  if (url !== undefined) {
    const byUrl = await db
      .selectFrom('sources')
      .select(['sources.id', 'sources.text_fingerprint', 'sources.text_minhash', 'sources.doc'])
      .where('sources.canonical_url', '=', url)
      .orderBy('sources.id')
      .limit(URL_VERSIONS)
      .execute()
    // An address can hold an article and its revisions (each a source naming the first in
    // `copyOf`): the one with these very words, else the first of them.
    const match =
      byUrl.find((r) => fingerprint !== undefined && r.text_fingerprint === fingerprint) ??
      byUrl.find((r) => toSource(r).copyOf === undefined) ??
      byUrl[0]
    if (match) {
      // The address matched; how far the text moved since is worth telling the editor.
      const similarity =
        fingerprint !== undefined && match.text_fingerprint === fingerprint
          ? 1
          : (similarityOf(signature, match.text_minhash) ?? 1)
      return { sourceId: match.id, by: 'url', similarity }
    }
  }

  if (fingerprint !== undefined) {
    const byText = await db
      .selectFrom('sources')
      .select('sources.id')
      .where('sources.text_fingerprint', '=', fingerprint)
      .orderBy('sources.id')
      .executeTakeFirst()
    if (byText) return { sourceId: byText.id, by: 'text', similarity: 1 }
  }

  if (comparable === undefined) return undefined
  const candidates = await db
    .selectFrom('source_bands')
    .select(['source_bands.source_id', (eb) => eb.fn.countAll<number>().as('shared')])
    .where('source_bands.band_key', 'in', lshBandKeys(comparable))
    .groupBy('source_bands.source_id')
    .orderBy('shared', 'desc')
    .orderBy('source_bands.source_id')
    .limit(NEAR_DUPLICATE_CANDIDATES)
    .execute()
  if (candidates.length === 0) return undefined
  const rows = await db
    .selectFrom('sources')
    .select(['sources.id', 'sources.text_minhash', 'sources.doc'])
    .where(
      'sources.id',
      'in',
      candidates.map((c) => c.source_id),
    )
    .execute()
  let best: { row: (typeof rows)[number]; similarity: number } | undefined
  for (const row of rows) {
    const similarity = similarityOf(comparable, row.text_minhash) ?? 0
    if (
      !best ||
      similarity > best.similarity ||
      (similarity === best.similarity && row.id < best.row.id)
    )
      best = { row, similarity }
  }
  if (!best || best.similarity < NEAR_DUPLICATE_THRESHOLD) return undefined
  const original = toSource(best.row).copyOf ?? best.row.id
  return { sourceId: original, by: 'near-duplicate', similarity: best.similarity }
}
