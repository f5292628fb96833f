import { describe, expect, it } from 'vitest'
import { stanceWords } from './origin-words.ts'

describe('stanceWords', () => {
  it('says whose claim a correction answers, when known', () => {
    expect(stanceWords({ type: 'correction' }, 'Ukrainian officials')).toBe(
      'Correction of Ukrainian officials',
    )
    expect(stanceWords({ type: 'denial' }, undefined)).toBe('Denial')
  })
})
