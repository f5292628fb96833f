import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './testing/run-cli.ts'
import { listeningApi } from './testing/seeded-api.ts'

let api: Awaited<ReturnType<typeof listeningApi>>
beforeAll(async () => {
  api = await listeningApi()
})
afterAll(() => api.close())

const sitrep = (args: string[]) => runCli(args, { SITREP_API_URL: api.url })

describe('sitrep stats --place NAME', () => {
  it('takes a place by its name, as the API resolves it', async () => {
    const byName = await sitrep(['stats', '--place', 'kharkiv', '--json'])
    expect(byName.code).toBe(0)
    const byId = await sitrep(['stats', '--place', 'ua-kharkiv', '--json'])
    expect(JSON.parse(byName.stdout)).toEqual(JSON.parse(byId.stdout))
    expect(JSON.parse(byName.stdout).attacksByRegion.length).toBeGreaterThan(0)
  })

  it('names the places meant when no place has the name, and fails', async () => {
    const result = await sitrep(['stats', '--place', 'kharkif'])
    expect(result.code).not.toBe(0)
    expect(result.stderr).toMatch(/did you mean ua-kharkiv \(Kharkiv\)/)
  })
})
