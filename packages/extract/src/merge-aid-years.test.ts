import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { aidSignals } from './merge-aid.ts'

const aidOf = (text: string, publishedAt: string, source: string): Aid => {
  const found = extract(text, { publishedAt, source: { id: source } }).find(
    (d) => d.record.kind === 'aid',
  )?.record
  if (found?.kind !== 'aid') throw new Error(`no aid in ${text}`)
  return found
}
const reasons = (a: Aid, b: Aid) => aidSignals(a, b).flatMap((s) => (s ? [s] : []))

describe('aidSignals: the years a package is for', () => {
  const first = aidOf(
    'Spain will give Ukraine 1 billion euros in military aid this year, Pedro Sánchez said.',
    '2024-05-27',
    'src-first',
  )

  it('counts "this year" of 2024 against "this year" of 2025', () => {
    const next = aidOf(
      'Spain will give Ukraine a new package of 1 billion euros this year under the agreement it signed in May 2024.',
      '2025-02-24',
      'src-next',
    )
    expect(reasons(next, first)).toContainEqual(expect.objectContaining({ weight: -0.3 }))
  })

  it('says nothing of two tellings of one year', () => {
    const retold = aidOf(
      'Spain pledged around one billion euros of military aid to Ukraine for this year.',
      '2024-05-28',
      'src-retold',
    )
    expect(reasons(retold, first).some((s) => s.reason.includes(' against for '))).toBe(false)
  })
})

describe('aidSignals: a donor read from a name alone', () => {
  it('is no donor other than the one the other names', () => {
    const spain = aidOf(
      'Spain will give Ukraine 1 billion euros in military aid this year.',
      '2024-05-27',
      'src-spain',
    )
    const madrid = {
      ...spain,
      id: 'aid-madrid',
      donorIds: ['new-madrid'],
    }
    expect(reasons(madrid, spain).some((s) => s.reason.startsWith('no donor in common'))).toBe(
      false,
    )
    const norway = { ...spain, id: 'aid-norway', donorIds: ['norway'] }
    expect(reasons(norway, spain)).toContainEqual(
      expect.objectContaining({ weight: -0.2, reason: 'no donor in common (norway; spain)' }),
    )
  })
})
