import type { Dictionaries, Draft, MatchSuggestion, SitrepRecord } from '@sitrep/domain'
import { type ExtractOptions, extract, type MatchOptions, matchDrafts } from '@sitrep/extract'

/** What the ingest routes hand the extractor: the article's source, its date, the dictionaries. */
export type ExtractionOptions = ExtractOptions & { readonly dictionaries: Dictionaries }

/**
 * Reads an article into drafts. The Node entry runs it on a worker thread with a time budget
 * (extraction-pool.ts); the Cloudflare Worker has no threads and uses `inProcessExtractor`.
 * Either gives the same drafts for the same text, date and dictionaries.
 */
export type Extractor = (text: string, options: ExtractionOptions) => Promise<Draft[]>

/**
 * Extraction on the calling thread: for the Worker entry, tests and `SITREP_EXTRACT_THREADS=0`.
 * It cannot be stopped part-way, so the ingest text limit is its only bound.
 */
export const inProcessExtractor: Extractor = async (text, options) => extract(text, options)

/**
 * Scores the drafts against the records they may duplicate: drafts × candidates comparisons, half
 * a second on the main thread for the longest article, so the Node entry runs it beside the
 * extraction.
 */
export type Matcher = (
  drafts: readonly Draft[],
  candidates: readonly SitrepRecord[],
  options: MatchOptions,
) => Promise<MatchSuggestion[]>

export const inProcessMatcher: Matcher = async (drafts, candidates, options) =>
  matchDrafts(drafts, candidates, options)
