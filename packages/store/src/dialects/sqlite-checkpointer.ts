import type BetterSqlite3 from 'better-sqlite3'
import { type ServiceThread, startServiceThread } from '../threads/service-thread.ts'

/** What the checkpointing thread is started with. */
export interface CheckpointThreadData {
  file: string
  intervalMs: number
}

/** One PASSIVE checkpoint's outcome: frames in the WAL, and how many are now in the database. */
export interface CheckpointTurn {
  walFrames: number
  copied: number
}

export interface CheckpointerOptions {
  /** How often the thread checkpoints; default 250 ms. */
  intervalMs?: number
  /** Told each turn's outcome (the tests and the benchmark watch the WAL stay short). */
  onTurn?: (turn: CheckpointTurn) => void
}

/** The writer's own threshold while the thread works: 8,192 pages of 16 KiB, 128 MiB. */
const FALLBACK_AUTOCHECKPOINT_PAGES = 8192

/**
 * SQLite's automatic checkpoint runs inside the commit that crosses the WAL's threshold (1,000
 * pages): that one write copies and syncs the WAL's pages into the database before it answers,
 * and under a steady stream of writes every few hundredth write pays for it, which makes the
 * write path's p99. With the writer's threshold raised out of the way and a thread of its own
 * checkpointing often, no write waits for one (figures: the API's README, webhook benchmark).
 *
 * The writer keeps a high threshold rather than none: should the thread stop or fall behind (a
 * long read holding old pages), a write still checkpoints inline before the WAL passes 128 MiB.
 */
export const startCheckpointer = async (
  sqlite: BetterSqlite3.Database,
  file: string,
  { intervalMs = 250, onTurn }: CheckpointerOptions = {},
): Promise<ServiceThread> => {
  const thread = await startServiceThread<CheckpointThreadData>(
    'the WAL checkpointing thread',
    new URL('./sqlite-checkpoint-thread.ts', import.meta.url).href,
    { file, intervalMs },
    onTurn ? { onMessage: (turn) => onTurn(turn as CheckpointTurn) } : {},
  )
  sqlite.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`)
  return thread
}
