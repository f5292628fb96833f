import type { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { matchRecord } from './merge.ts'

const attackOf = (text: string, publishedAt: string, source: string): Attack => {
  const found = extract(text, { publishedAt, source: { id: source } }).find(
    (d) => d.record.kind === 'attack',
  )?.record
  if (found?.kind !== 'attack') throw new Error(`no attack in ${text}`)
  return found
}

/** Kyiv struck three nights in a row: the morning's report of the first night. */
const first = attackOf(
  'Russia attacked Kyiv with drones and missiles overnight, injuring 15 people in the capital.',
  '2025-05-24',
  'src-first',
)

describe('a later report’s reading of "overnight"', () => {
  it('does not tie two nights over one city by that city and the weapons alone', () => {
    const next = attackOf(
      'Russia struck Kyiv with drones and missiles overnight; buildings caught fire in the capital.',
      '2025-05-25',
      'src-next',
    )
    // Read as its words say, "overnight" on 25 May is the night into the 25th: another night.
    expect(matchRecord(next, first, { publishedAt: '2025-05-25' })).toBeUndefined()
  })

  it('still supports a match beside a count of the night both tell', () => {
    const late = attackOf(
      'Russia launched 298 drones and missiles at Kyiv overnight, the air force said.',
      '2025-05-25',
      'src-late',
    )
    const counted = attackOf(
      'Russia launched 298 drones and missiles at Kyiv overnight, injuring 15 people.',
      '2025-05-24',
      'src-counted',
    )
    const m = matchRecord(late, counted, { publishedAt: '2025-05-25' })
    expect(m?.reasons[0]).toMatch(/\(a later report\)$/)
    expect(m?.score ?? 0).toBeGreaterThanOrEqual(0.65)
  })
})
