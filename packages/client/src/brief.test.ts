import { describe, expect, it } from 'vitest'
import { seededClientPerFile } from './testing/seeded-client.ts'

const seeded = seededClientPerFile()

describe('seeded().brief', () => {
  it('reads the brief as data and as Markdown', async () => {
    const brief = await seeded().brief({ from: '2025-07-21', to: '2025-07-21', kind: ['talk'] })
    const disputes = brief.sections.find((s) => s.id === 'disputes')
    expect(disputes?.sentences[0]?.text).toContain('Wednesday 23 July 2025')
    const md = await seeded().briefText({ since: 0, kind: ['attack'] }, 'md')
    expect(md).toMatch(/^# Situation brief: changes since revision 0/)
  })

  it('throws the API’s problem for a brief without a period', async () => {
    await expect(seeded().brief({})).rejects.toMatchObject({ status: 400 })
  })
})
