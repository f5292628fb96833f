import { afterAll, describe, expect, it } from 'vitest'
import { type RunningApi, startApi } from './running-api.ts'

interface TalkItem {
  record: { round: number; claims: { fact: string; value: { start?: string }; sourceId: string }[] }
}

let api: RunningApi | undefined
afterAll(() => api?.stop())

describe('npm start on an empty data folder', () => {
  it('creates, migrates and seeds SQLite under the data folder and says so', async () => {
    api = await startApi()
    expect(api.output()).toContain(`SQLite at ${api.dataDir}/sitrep.db`)
    expect(api.output()).toContain('seeded with the Istanbul talks article')
  })

  it('serves the three Istanbul rounds, the July one with both date claims and their sources', async () => {
    const res = await fetch(`${api?.url}/v1/talks`)
    const body: { items: TalkItem[] } = await res.json()
    expect(body.items.map((t) => t.record.round)).toEqual([3, 2, 1]) // newest first
    const july = body.items.find((t) => t.record.round === 3)
    const dates = july?.record.claims.filter((c) => c.fact === 'date')
    expect(dates?.map((c) => c.value.start)).toEqual(['2025-07-23', '2025-07-24'])
    expect(dates?.every((c) => c.sourceId === 'src-istanbul-talks-2025-07-21')).toBe(true)
  })

  it('leaves the database untouched on a second start', async () => {
    const dataDir = api?.dataDir
    await api?.stop()
    api = await startApi(dataDir ? { dataDir } : {})
    expect(api.output()).not.toContain('seeded')
    const res = await fetch(`${api.url}/v1/talks`)
    expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(3)
  })
})
