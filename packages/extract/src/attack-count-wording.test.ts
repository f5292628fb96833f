import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** Tolls worded the way real reporting words them (issue #15). */
const claims = (text: string) =>
  extract(text, { source: { id: 't' } }).flatMap((d) =>
    d.record.kind === 'attack' ? d.record.claims : [],
  )

describe('tolls with "known to have been"', () => {
  it('counts "12 people are known to have been injured" as injured', () => {
    const injured = claims(
      'A Russian drone hit a block of flats in Sumy. So far 12 people are known to have been injured.',
    ).find((c) => c.fact === 'injured')
    expect(injured?.value).toMatchObject({ qualifier: 'exact', value: 12 })
  })
})
