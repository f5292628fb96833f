import { Overloaded } from '@sitrep/store'
import { threadExecArgv } from '@sitrep/store/read-pool'
import { Piscina } from 'piscina'
import { ApiError } from '../lib/api-error.ts'
import { dictionariesKey } from './dictionaries-key.ts'
import type {
  ArticleTask,
  ExtractionReply,
  ExtractionTask,
  MatchTask,
} from './extraction-worker.ts'
import type { ExtractionOptions, Extractor, Matcher } from './extractor.ts'

export interface ExtractionPoolOptions {
  /** Threads reading articles at once; default 1, so reads keep the other core. */
  readonly threads?: number
  /** Milliseconds one article may take on its thread; past it the thread is stopped. */
  readonly budgetMs: number
  /** Milliseconds an article may wait for a thread before a 503; default one budget. */
  readonly waitMs?: number
}

/** Refused because the pool is busy, not because of the text: try again after Retry-After. */
export class ExtractionBusy extends Overloaded {
  constructor(retryAfterSeconds: number) {
    super('queue', retryAfterSeconds)
    this.message = 'too many articles are being read; try again shortly'
  }
}

/** The text, not the load, is at fault: the same article would breach the budget again. */
export const tooComplex = (budgetMs: number) =>
  new ApiError(
    'unprocessable',
    `the text is too complex to extract within ${budgetMs} ms; send a shorter text (one article, without appended pages)`,
    undefined,
    { limit: 'SITREP_INGEST_BUDGET_MS', max: budgetMs },
  )

/**
 * Extraction is synchronous CPU work that grows with the text (a 200 kB article: seconds), so on
 * the event loop one article stalls every other request. This reads articles, and matches their
 * drafts to the stored records (drafts × candidates), on worker threads (piscina), each holding
 * the dictionaries by version.
 *
 * The budget counts from when a thread starts the article. Past it the thread is terminated —
 * pure JavaScript cannot be interrupted otherwise — and the client gets 422 naming the budget;
 * piscina starts a fresh thread, which takes a few seconds to load. An article still waiting for
 * a thread after `waitMs` (one budget unless told), or arriving when the queue is full, gets 503
 * with Retry-After.
 */
export const createExtractionPool = ({
  threads = 1,
  budgetMs,
  waitMs = budgetMs,
}: ExtractionPoolOptions) => {
  const pool = new Piscina<ExtractionTask, ExtractionReply>({
    filename: new URL('./extraction-worker.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    maxQueue: threads * 4,
    execArgv: threadExecArgv(process.execArgv),
  })
  const retryAfter = Math.max(1, Math.ceil(budgetMs / 1000))

  const runBudgeted = async (task: ArticleTask | MatchTask): Promise<ExtractionReply> => {
    const asked = Date.now()
    const started = new SharedArrayBuffer(8)
    const startedAt = new BigInt64Array(started)
    const abort = new AbortController()
    let breach: 'waited' | 'ran' | undefined
    let timer: NodeJS.Timeout | undefined
    const watch = () => {
      const at = Number(Atomics.load(startedAt, 0))
      const left = at === 0 ? asked + waitMs - Date.now() : at + budgetMs - Date.now()
      if (left > 0) {
        timer = setTimeout(watch, left)
        return
      }
      breach = at === 0 ? 'waited' : 'ran'
      abort.abort()
    }
    timer = setTimeout(watch, Math.min(budgetMs, waitMs))
    try {
      return await pool.run({ ...task, started }, { signal: abort.signal })
    } catch (error) {
      if (breach === 'ran') throw tooComplex(budgetMs)
      if (breach === 'waited') throw new ExtractionBusy(retryAfter)
      if (error instanceof Error && /queue is at limit/i.test(error.message))
        throw new ExtractionBusy(retryAfter)
      throw error
    } finally {
      clearTimeout(timer)
    }
  }

  const extract: Extractor = async (text, { dictionaries, ...options }: ExtractionOptions) => {
    const key = dictionariesKey(dictionaries)
    const first = await runBudgeted({ text, options, key })
    // A thread meets each version once: it says so, and the article goes again with them.
    const reply = first.ok ? first : await runBudgeted({ text, options, key, dictionaries })
    if (!reply.ok || !('drafts' in reply))
      throw new Error('an extraction thread refused the dictionaries it was sent')
    return reply.drafts
  }

  const match: Matcher = async (drafts, candidates, options) => {
    const reply = await runBudgeted({ drafts, candidates, options })
    if (!reply.ok || !('matches' in reply)) throw new Error('a matching thread gave no matches')
    return reply.matches
  }

  // Each thread loads the extractor's modules and language model as it starts: seconds on a
  // busy machine. A server should listen only after that, or its first articles wait for it.
  const ready = Promise.all(Array.from({ length: threads }, () => pool.run({ ready: true }))).then(
    () => {},
  )
  ready.catch(() => {})

  return { extract, match, ready, close: () => pool.destroy() }
}
