import { type Attack, deriveFacts } from '@sitrep/domain'
import { render } from 'ink-testing-library'
import { describe, expect, it } from 'vitest'
import { plain, seedNames, seedRecord } from '../testing/fixtures.ts'
import { FactBlock } from './fact-block.tsx'

describe('FactBlock with an attack’s hit count', () => {
  it('shows "2 missiles (Kyiv)" under hit, as it shows what was intercepted', () => {
    const wave = seedRecord('attack-ru-drones-ukraine-2025-07-21').record
    if (wave.kind !== 'attack') throw new Error('not an attack')
    const [first] = wave.claims
    if (!first) throw new Error('no claims')
    const hit: Attack['claims'][number] = {
      ...first,
      id: 'at1-hit-kyiv',
      fact: 'hit',
      value: { qualifier: 'exact', value: 2, subject: 'missiles', scope: 'ua-kyiv' },
    }
    const [fact] = deriveFacts({ ...wave, claims: [hit] }).filter((f) => f.fact === 'hit')
    if (!fact) throw new Error('no hit fact')
    const frame = plain(render(<FactBlock fact={fact} names={seedNames} />).lastFrame())
    expect(frame).toContain('hit')
    expect(frame).toContain('2 missiles (Kyiv)')
  })
})
