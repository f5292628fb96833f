import type { Dictionaries, Draft, MatchSuggestion, SitrepRecord } from '@sitrep/domain'
import { type ExtractOptions, extract, type MatchOptions, matchDrafts } from '@sitrep/extract'

/** Drafts to score against the records they may duplicate. */
export interface MatchTask {
  readonly drafts: readonly Draft[]
  readonly candidates: readonly SitrepRecord[]
  readonly options: MatchOptions
}

/** One article to read. */
export interface ArticleTask {
  readonly text: string
  readonly options: Omit<ExtractOptions, 'dictionaries'>
  /** The dictionaries' version (dictionaries-key.ts). */
  readonly key: string
  /** Sent only after this thread said it lacks the version. */
  readonly dictionaries?: Dictionaries
}

/** Eight shared bytes: the thread writes when it started, so the budget counts work only. */
type Started = { readonly started: SharedArrayBuffer }

/** Work with its start marker, or a warm-up that only loads this thread's modules. */
export type ExtractionTask = { readonly ready: true } | ((ArticleTask | MatchTask) & Started)

export type ExtractionReply =
  | { ok: true; drafts: Draft[] }
  | { ok: true; matches: MatchSuggestion[] }
  | { ok: false; missing: true }

/**
 * The versions this thread holds, newest last. Kept as the same objects, so the lexicon the
 * extractor builds from them (cached by identity) is built once per version, not per article.
 */
const known = new Map<string, Dictionaries>()
const KEEP = 2

const remember = (key: string, dictionaries: Dictionaries) => {
  known.delete(key)
  known.set(key, dictionaries)
  for (const old of known.keys()) if (known.size > KEEP) known.delete(old)
}

const markStarted = ({ started }: Started) =>
  Atomics.store(new BigInt64Array(started), 0, BigInt(Date.now()))

export default function extractOnThread(task: ExtractionTask): ExtractionReply {
  if ('ready' in task) return { ok: true, drafts: [] }
  if ('drafts' in task) {
    markStarted(task)
    return { ok: true, matches: matchDrafts(task.drafts, task.candidates, task.options) }
  }
  if (task.dictionaries) remember(task.key, task.dictionaries)
  const dictionaries = known.get(task.key)
  if (!dictionaries) return { ok: false, missing: true }
  markStarted(task)
  return { ok: true, drafts: extract(task.text, { ...task.options, dictionaries }) }
}
