import type { Aid } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { itemCountSignal } from './merge-aid-items.ts'

const request = seedDataset.records.find((r): r is Aid => r.kind === 'aid')
const moneyClaim = request?.claims.find((c) => c.fact === 'money')
/** Germany's pledge of one counted item, so the tests vary the item and its count. */
const pledge = (name: string, value?: number): Aid | undefined =>
  request &&
  moneyClaim && {
    ...request,
    donorIds: ['germany'],
    claims: [
      {
        ...moneyClaim,
        fact: 'item',
        value: {
          name,
          ...(value === undefined ? {} : { quantity: { qualifier: 'exact', value } }),
        },
      },
    ],
  }

describe('itemCountSignal', () => {
  const cases: { name: string; a?: Aid; b?: Aid; weight?: number }[] = [
    {
      name: 'the same count of one item, however each names it',
      a: pledge('Patriot air defense systems', 5),
      b: pledge('Critically needed Patriot systems', 5),
      weight: 0.1,
    },
    {
      name: 'another count of the same item is another package',
      a: pledge('Patriot air defense systems', 5),
      b: pledge('Patriot air defence systems', 2),
      weight: -0.2,
    },
    {
      name: 'counts of different items say nothing',
      a: pledge('IRIS-T SLM', 3),
      b: pledge('Patriot air defence systems', 2),
    },
    {
      name: 'an item without a count says nothing',
      a: pledge('Patriot air defense systems'),
      b: pledge('Patriot air defense systems', 2),
    },
  ]
  it.each(cases)('$name', ({ a, b, weight }) => {
    expect(a && b ? itemCountSignal(a, b)?.weight : 'missing').toBe(weight)
  })
})
