import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string): Aid[] =>
  extract(text, { source: { id: 'src-givers' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )

describe('givers listed after "funded by"', () => {
  it('takes every state of the list, the ones the dictionary lacks too', () => {
    const [found] = aid(
      'Ukraine will receive a $300 million drone package funded by Portugal, Iceland, Luxembourg and Belgium.',
    )
    expect(found?.donorIds).toEqual(['portugal', 'new-iceland', 'new-luxembourg', 'belgium'])
  })

  it('stops at the first word of the clause after the list, and keeps the things apart', () => {
    const [found] = aid(
      'Ukraine will receive 30 howitzers paid for by Spain and Italy, the defence ministry said.',
    )
    expect(found?.donorIds).toEqual(['spain', 'italy'])
    expect(found?.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : []))).toEqual([
      'Howitzers',
    ])
  })
})
