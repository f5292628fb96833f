import { istanbulTalksArticleText } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { forgetMemories, forgettable } from './memories.ts'

describe('memories kept from one article to the next', () => {
  it('empties every memory registered', () => {
    const remembered = new Map([['Kyiv', 'ua-kyiv']])
    forgettable(() => remembered.clear())
    forgetMemories()
    expect(remembered.size).toBe(0)
  })

  it('reads the seed article the same with its memories emptied as with them kept', () => {
    const options = { publishedAt: '2025-07-21', source: { id: 'seed' } }
    extract(istanbulTalksArticleText, options)
    const warm = extract(istanbulTalksArticleText, options)
    forgetMemories()
    expect(extract(istanbulTalksArticleText, options)).toEqual(warm)
  })
})
