import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SitrepClient } from './create-client.ts'
import { seededClient } from './testing/seeded-client.ts'

let client: SitrepClient
let close: () => Promise<void>
beforeAll(async () => {
  const seeded = await seededClient()
  client = seeded.client
  close = () => seeded.store.close()
})
afterAll(() => close())

describe('client.brief', () => {
  it('reads the brief as data and as Markdown', async () => {
    const brief = await client.brief({ from: '2025-07-21', to: '2025-07-21', kind: ['talk'] })
    const disputes = brief.sections.find((s) => s.id === 'disputes')
    expect(disputes?.sentences[0]?.text).toContain('Wednesday 23 July 2025')
    const md = await client.briefText({ since: 0, kind: ['attack'] }, 'md')
    expect(md).toMatch(/^# Situation brief: changes since revision 0/)
  })

  it('throws the API’s problem for a brief without a period', async () => {
    await expect(client.brief({})).rejects.toMatchObject({ status: 400 })
  })
})
