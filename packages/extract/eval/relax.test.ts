import { describe, expect, it } from 'vitest'
import { relaxRecord } from './relax.ts'

const record = {
  kind: 'attack' as const,
  id: 'a1',
  facts: [
    { type: 'launched', key: 'exact 46 scope=ua@ua-air-force' },
    { type: 'place', key: 'ua-kyiv' },
  ],
}

describe('relaxRecord', () => {
  it('drops who asserted a claim', () => {
    expect(relaxRecord(record, 'who').facts[0]?.key).toBe('exact 46 scope=ua')
  })
  it('drops the scope of a count but keeps who', () => {
    expect(relaxRecord(record, 'scope').facts[0]?.key).toBe('exact 46@ua-air-force')
  })
  it('drops both and leaves record-level facts alone', () => {
    const r = relaxRecord(record, 'who+scope')
    expect(r.facts.map((f) => f.key)).toEqual(['exact 46', 'ua-kyiv'])
  })
})
