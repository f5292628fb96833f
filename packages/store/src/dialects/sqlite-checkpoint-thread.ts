import BetterSqlite3 from 'better-sqlite3'
import type { ServiceTask } from '../threads/service-thread.ts'
import { lowerThreadPriority } from '../threads/thread-priority.ts'
import type { CheckpointThreadData, CheckpointTurn } from './sqlite-checkpointer.ts'

/**
 * The checkpointing thread: its own connection copies the WAL's committed pages into the
 * database file every few hundred milliseconds. PASSIVE never waits for a reader or the writer,
 * so the API's writes keep appending to the WAL while it works, and once the WAL is fully
 * copied the next write starts it again from the beginning.
 */
export default async function checkpointer({
  data,
  port,
}: ServiceTask<CheckpointThreadData>): Promise<void> {
  // Copying and syncing pages is background work: on Linux the nice value is per thread, and the
  // event loop and the read threads keep the cores when they want them.
  lowerThreadPriority(5)
  const sqlite = new BetterSqlite3(data.file, { fileMustExist: true })
  sqlite.pragma('busy_timeout = 5000')
  // This connection writes no rows; were it to, it must not checkpoint inline either.
  sqlite.pragma('wal_autocheckpoint = 0')
  const checkpoint = (): CheckpointTurn => {
    const [row] = sqlite.pragma('wal_checkpoint(PASSIVE)') as {
      log: number
      checkpointed: number
    }[]
    return { walFrames: row?.log ?? 0, copied: row?.checkpointed ?? 0 }
  }
  const timer = setInterval(() => {
    try {
      port.postMessage(checkpoint())
    } catch {
      // Busy (another connection checkpointing as it closes): the next turn tries again.
    }
  }, data.intervalMs)
  const stopAsked = new Promise<void>((resolve) => port.once('message', () => resolve()))
  port.postMessage('ready')
  await stopAsked
  clearInterval(timer)
  sqlite.close()
  port.close()
}
