import { seededApp } from '@sitrep/api/testing'
import { createClient } from '@sitrep/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseFlags } from '../lib/cli-flags.ts'
import { BriefCliFlags, briefQuery, fetchBriefText, needsPager } from './show-brief.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
let client: ReturnType<typeof createClient>
beforeAll(async () => {
  ctx = await seededApp()
  client = createClient({
    baseUrl: 'http://sitrep.test',
    fetch: async (input, init) =>
      ctx.app.request(input instanceof Request ? input : String(input), init),
  })
})
afterAll(() => ctx.store.close())

describe('sitrep brief', () => {
  it('reads a period, the filters and the format from its flags', () => {
    const flags = parseFlags(BriefCliFlags, {
      from: '2025-07-21',
      to: '2025-07-21',
      place: 'kharkiv',
      kind: 'attack,talk',
    })
    expect(briefQuery(flags)).toEqual({
      from: '2025-07-21',
      to: '2025-07-21',
      placeId: 'kharkiv',
      kind: ['attack', 'talk'],
    })
    expect(flags.format).toBe('md')
    expect(() => parseFlags(BriefCliFlags, { from: '2025-07-21' })).toThrow(/--since/)
  })

  it('prints the Markdown brief with the disputed date and numbered footnotes', async () => {
    const flags = parseFlags(BriefCliFlags, { from: '2025-07-21', to: '2025-07-21' })
    const text = await fetchBriefText(client, flags, false)
    expect(text).toContain(
      'the date is disputed: Volodymyr Zelensky, citing Rustem Umerov, says Wednesday 23 July 2025[^',
    )
    expect(text).toMatch(/\n\[\^1\]: /)
  })

  it('prints JSON with --format json or --json', async () => {
    const flags = parseFlags(BriefCliFlags, { since: '0', format: 'json' })
    expect(JSON.parse(await fetchBriefText(client, flags, false)).scope).toEqual({
      sinceRevision: 0,
    })
  })

  it('pages only long text on a terminal', () => {
    const long = 'line\n'.repeat(40)
    expect(needsPager(long, { isTTY: true, rows: 24 })).toBe(true)
    expect(needsPager(long, { isTTY: false, rows: 24 })).toBe(false)
    expect(needsPager('short\n', { isTTY: true, rows: 24 })).toBe(false)
  })
})
