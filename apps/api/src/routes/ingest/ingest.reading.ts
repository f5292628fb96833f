import type {
  Dictionaries,
  Draft,
  HeldSource,
  IngestRequest,
  MatchSuggestion,
  Source,
} from '@sitrep/domain'
import {
  type DictionaryStore,
  findMergeCandidates,
  type RecordStore,
  type SourceStore,
} from '@sitrep/store'
import type { Extractor, Matcher } from '../../extraction/extractor.ts'
import { ApiError } from '../../lib/api-error.ts'
import { heldIdentity, withHeldRecords } from './ingest.held.ts'

/** The article as the API reads it: what a proposal shows and what a publish applies to. */
export interface IngestReading {
  readonly source: Source
  readonly drafts: Draft[]
  readonly matches: MatchSuggestion[]
  readonly dictionaries: Dictionaries
  /** Present when sitrep already holds the article (same address, same words or a near copy). */
  readonly held?: HeldSource
}

/** The same text always gets the same source id, so a second ingest of an article matches the first. */
const sourceIdFor = async (text: string) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `src-${hex.slice(0, 20)}`
}

const sourceOf = async (
  store: SourceStore,
  request: IngestRequest,
): Promise<{ source: Source; held?: HeldSource }> => {
  const identity = await heldIdentity(store, request, await sourceIdFor(request.text))
  return {
    source: {
      kind: 'article',
      language: 'en',
      ...request.source,
      ...(request.publishedAt ? { publishedAt: request.publishedAt } : {}),
      text: request.text,
      ...identity.source,
    },
    ...(identity.held ? { held: identity.held } : {}),
  }
}

/**
 * Characters of article text one ingest reads. Extraction time and the answer grow with the text
 * (a 1 MB article took ~12 s and answered 21.6 MB); the longest news article is a tenth of this.
 */
export const MAX_INGEST_TEXT_CHARS = 200_000

/**
 * Reads the article against the store's dictionaries (the shipped ones plus the actors editors
 * added), so a name added with one article is known in the next. Extraction is deterministic:
 * the same text, date and dictionaries give the same drafts and ids, which is what lets a
 * publish carry decisions on draft ids instead of drafts.
 */
export const readIngest = async (
  store: RecordStore & SourceStore & DictionaryStore,
  { extract, match }: { readonly extract: Extractor; readonly match: Matcher },
  request: IngestRequest,
): Promise<IngestReading> => {
  if (request.text.length > MAX_INGEST_TEXT_CHARS)
    throw new ApiError(
      'payload-too-large',
      `the article text has ${request.text.length} characters, over the ingest limit of ${MAX_INGEST_TEXT_CHARS}`,
      undefined,
      { limit: 'MAX_INGEST_TEXT_CHARS', max: MAX_INGEST_TEXT_CHARS },
    )
  const [actors, places, { source, held }] = await Promise.all([
    store.listActors(),
    store.listPlaces(),
    sourceOf(store, request),
  ])
  const dictionaries = { actors, places }
  const drafts = await extract(source.text ?? request.text, {
    source,
    ...(request.publishedAt ? { publishedAt: request.publishedAt } : {}),
    dictionaries,
  })
  // The store's lookup finds dated records around the drafts' dates and undated ones by the day
  // their sources appeared, and says when those were reported, which places them in time.
  const { records, reportedOn } = await findMergeCandidates(
    store,
    drafts.map((d) => d.record),
    request.publishedAt,
  )
  const candidates = await withHeldRecords(store, held, records)
  const matches = await match(drafts, candidates, {
    reportedOn,
    ...(request.publishedAt ? { publishedAt: request.publishedAt } : {}),
  })
  return { source, drafts, matches, dictionaries, ...(held ? { held } : {}) }
}
