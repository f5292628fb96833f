import { describe, expect, it } from 'vitest'
import { placeSignal } from './merge-places.ts'

describe('placeSignal', () => {
  const cases: {
    name: string
    a: string[]
    b: string[]
    weight: number | undefined
    reason?: string
  }[] = [
    {
      name: 'a city both name',
      a: ['ua-kyiv'],
      b: ['ua-kyiv', 'ua-kharkiv'],
      weight: 0.3,
      reason: 'same place (Kyiv)',
    },
    {
      name: 'two cities inside the two oblasts of a night',
      a: ['ua-kyiv', 'ua-kharkiv'],
      b: ['ua-kyiv-oblast', 'ua-kharkiv-oblast', 'ua-zhytomyr-oblast'],
      weight: 0.2,
      reason: 'Kharkiv lies in Kharkiv Oblast, Kyiv Oblast surrounds Kyiv',
    },
    {
      name: 'a city inside its oblast',
      a: ['ua-lutsk'],
      b: ['ua-volyn-oblast'],
      weight: 0.15,
      reason: 'Lutsk lies in Volyn Oblast',
    },
    {
      name: 'a capital governed apart from the oblast named after it, which surrounds it',
      a: ['ua-kyiv'],
      b: ['ua-kyiv-oblast'],
      weight: 0.15,
      reason: 'Kyiv Oblast surrounds Kyiv',
    },
    {
      name: 'a city and another oblast',
      a: ['ua-kyiv'],
      b: ['ua-chernihiv-oblast'],
      weight: undefined,
    },
    {
      name: 'a city inside the country a nationwide count covers',
      a: ['ua-kyiv'],
      b: ['ua'],
      weight: 0.1,
      reason: 'Kyiv lies in Ukraine',
    },
    {
      name: 'a city inside the region named after it that the gazetteer lacks',
      a: ['ru-moscow'],
      b: ['new-moscow-region'],
      weight: 0.15,
      reason: 'Moscow lies in moscow region',
    },
    {
      name: 'a city and a region named after another city',
      a: ['ru-moscow'],
      b: ['new-tula-region'],
      weight: undefined,
    },
    { name: 'two different cities', a: ['ua-odesa'], b: ['ua-kyiv'], weight: undefined },
  ]
  it.each(cases)('$name', ({ a, b, weight, reason }) => {
    const s = placeSignal(a, b)
    expect(s?.weight).toBe(weight)
    if (reason) expect(s?.reason).toBe(reason)
  })
})
