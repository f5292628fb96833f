import { describe, expect, it } from 'vitest'
import { latinDesignation } from './designation.ts'

describe('latinDesignation', () => {
  it.each([
    ['С-300', 'S-300'],
    ['Х-101/Х-555', 'X-101/X-555'],
    ['Tu-22M, Тu-22К, Тu-95К22', 'Tu-22M, Tu-22K, Tu-95K22'],
    ['С-300 and Iskander-M', 'S-300 and Iskander-M'],
    ['C-300/C-400 and Iskander-M', 'S-300/S-400 and Iskander-M'],
  ])('reads the look-alike letters of %s as Latin: %s', (name, latin) => {
    expect(latinDesignation(name)).toBe(latin)
  })

  it.each([['Молнія'], ['Привет-82'], ['Молнія and Lancet'], ['Kalibr'], ['Caliber-2']])(
    'keeps %s as the source spells it',
    (name) => {
      expect(latinDesignation(name)).toBe(name)
    },
  )
})
