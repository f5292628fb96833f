import type { AidClaim } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { categoryOf } from './aid-category.ts'

const item = (name: string) => ({ fact: 'item', value: { name } }) as AidClaim

describe('the category of an aid record', () => {
  it('takes relief from what is given, whatever war words surround it', () => {
    expect(
      categoryOf('Six boilers reached the front-line city shelled by Russian artillery.', [
        item('Boilers'),
      ]),
    ).toBe('humanitarian')
  })

  it('takes arms from what is given, beside words of winter', () => {
    expect(categoryOf('Before winter, Spain sends six howitzers.', [item('Howitzers')])).toBe(
      'military',
    )
  })

  it('falls back on the words when the things are of both kinds', () => {
    expect(
      categoryOf('The military package holds rifles and tents.', [item('Rifles'), item('Tents')]),
    ).toBe('military')
  })

  it('reads a loan with no things named as money, whatever it may buy', () => {
    expect(categoryOf('Kyiv may spend the €3bn loan on artillery or air defence.', [])).toBe(
      'financial',
    )
  })
})
