import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { julyRound } from '@sitrep/domain/seed'
import { afterEach, describe, expect, it } from 'vitest'
import { openSqliteStore } from './sqlite.ts'
import type { CheckpointTurn } from './sqlite-checkpointer.ts'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const until = async (done: () => boolean, ms = 20_000) => {
  const deadline = Date.now() + ms
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
  return done()
}

describe('the WAL checkpointing thread', () => {
  it('copies the writes into the database file and stops with the store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-checkpoint-'))
    dirs.push(dir)
    const file = join(dir, 'sitrep.db')
    const turns: CheckpointTurn[] = []
    const store = await openSqliteStore({
      file,
      checkpointThread: { intervalMs: 20, onTurn: (turn) => turns.push(turn) },
    })
    const sizeBefore = statSync(file).size
    for (let i = 0; i < 20; i += 1) {
      await store.createRecord(
        { ...julyRound, id: `talk-ckpt-${i}`, title: `Round ${i}` },
        { by: 't' },
      )
    }
    // The writer's inline threshold (8,192 pages) is far above 20 writes: only the thread copies.
    expect(
      await until(() => turns.some((turn) => turn.walFrames > 0 && turn.copied === turn.walFrames)),
    ).toBe(true)
    expect(statSync(file).size).toBeGreaterThan(sizeBefore)
    await store.close()
    const reopened = await openSqliteStore({ file })
    expect((await reopened.getRecord('talk-ckpt-19')).record.title).toBe('Round 19')
    await reopened.close()
  })

  it('is not started for a store in memory', async () => {
    const turns: CheckpointTurn[] = []
    const store = await openSqliteStore({
      file: ':memory:',
      checkpointThread: { intervalMs: 10, onTurn: (turn) => turns.push(turn) },
    })
    await store.createRecord({ ...julyRound, id: 'talk-mem', title: 'Round' }, { by: 't' })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(turns).toEqual([])
    await store.close()
  })
})
