import {
  canonicalUrl,
  type HeldSource,
  type IngestRequest,
  type SitrepRecord,
  type Source,
  textFingerprint,
} from '@sitrep/domain'
import type { SourceStore } from '@sitrep/store'

/** What the proposal's source takes from what sitrep already holds. */
export interface HeldIdentity {
  held?: HeldSource
  /**
   * Overrides the source's fresh id, names its address and original, and, held by the same
   * words, carries the held text to read instead of the one sent.
   */
  source: Pick<Source, 'id'> & Partial<Pick<Source, 'canonicalUrl' | 'copyOf' | 'text'>>
}

/**
 * Whether sitrep already holds the article, and the source identity that follows. Held by the
 * same words (or by URL, the held source having no text or the same words), it is the same
 * document: the held id is reused, so every draft's evidence points into the source the records
 * already cite and merging adds nothing twice. A near-duplicate (syndicated, lightly edited), or
 * a revised text at a held URL, keeps its own id and names the held source in `copyOf`, so its
 * claims are not counted as independent and the held text is never overwritten.
 */
export const heldIdentity = async (
  store: SourceStore,
  request: Pick<IngestRequest, 'text' | 'source'>,
  freshId: string,
): Promise<HeldIdentity> => {
  const { url } = request.source
  const canonical = url === undefined ? undefined : canonicalUrl(url)
  const address = canonical === undefined ? {} : { canonicalUrl: canonical }
  const held = await store.findHeldSource({
    text: request.text,
    ...(url === undefined ? {} : { url }),
  })
  if (!held) return { source: { id: freshId, ...address } }
  if (held.by === 'near-duplicate')
    return { held, source: { id: freshId, ...address, copyOf: held.sourceId } }
  const stored = (await store.getSource(held.sourceId)).text
  if (stored === undefined) return { held, source: { id: held.sourceId, ...address } }
  // The same words, typed differently (quotes, line breaks): the drafts are read from the text
  // the records' evidence spans already point into, and publishing leaves that text as it was.
  if ((await textFingerprint(stored)) === (await textFingerprint(request.text)))
    return { held, source: { id: held.sourceId, ...address, text: stored } }
  // The same address with other words: the outlet revised the article. Publishing it under the
  // held id would overwrite the text the held evidence spans point into, so the revision is a
  // source of its own that, like a copy, is no second witness to the first.
  return { held, source: { id: freshId, ...address, copyOf: held.sourceId } }
}

/**
 * The match candidates with every live record that cites the held source added: a re-read
 * article's drafts are new evidence for exactly those, even when their dates or speakers give
 * the date-window search nothing to go on (an unnamed governor's statement).
 */
export const withHeldRecords = async (
  store: SourceStore,
  held: HeldSource | undefined,
  candidates: readonly SitrepRecord[],
): Promise<SitrepRecord[]> => {
  if (!held) return [...candidates]
  const byId = new Map(candidates.map((r) => [r.id, r]))
  for (const { record } of await store.recordsWithSources([held.sourceId]))
    byId.set(record.id, record)
  return [...byId.values()]
}
