import { describe, expect, it } from 'vitest'
import type { CountClaim } from './attack-facts.ts'
import { revisedCountsIn } from './revised-counts.ts'

describe('revisedCountsIn: the figure a correction gives', () => {
  const cases: [string, Pick<CountClaim, 'fact'> & { value: number }][] = [
    ['The regional governor later said the toll was zero.', { fact: 'killed', value: 0 }],
    ['Officials later revised the number of injured to 12.', { fact: 'injured', value: 12 }],
    ['The death toll was later revised to five, the mayor said.', { fact: 'killed', value: 5 }],
    ['The mayor revised the number of people killed to three.', { fact: 'killed', value: 3 }],
  ]
  it.each(cases)('%s', (sentence, { fact, value }) => {
    const [count, ...rest] = revisedCountsIn(sentence, 'ua-kharkiv')
    expect(rest).toEqual([])
    expect(count?.fact).toBe(fact)
    expect(count?.measure).toMatchObject({ qualifier: 'exact', value, scope: 'ua-kharkiv' })
  })

  it('reads nothing from a sentence with no revised figure', () => {
    expect(revisedCountsIn('Officials said the number was not yet known.', undefined)).toEqual([])
  })
})
