import { seedDataset } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from './store.ts'
import { dialectsUnderTest, fixedClock } from './testing/dialects-under-test.ts'
import { dictionaries } from './testing/fixtures.ts'

describe.each(dialectsUnderTest())('casualties by day on $engine', (dialect) => {
  let store: Store
  beforeAll(async () => {
    store = await dialect.open({ now: fixedClock })
    await store.seed({ ...seedDataset, ...dictionaries })
  })
  afterAll(() => store.close())

  it('counts the nationwide "two dead and 15 injured", not Kyiv’s lower figures on top of them', async () => {
    const days = await store.casualtiesByDay({})
    const totals = days.reduce(
      (t, d) => ({
        attacks: t.attacks + d.attacks,
        killed: t.killed + d.killedAtLeast,
        injured: t.injured + d.injuredAtLeast,
      }),
      { attacks: 0, killed: 0, injured: 0 },
    )
    expect(totals).toEqual({ attacks: 2, killed: 2, injured: 15 })
  })

  it('applies the record filters: a place in Russia has no Ukrainian casualties', async () => {
    const days = await store.casualtiesByDay({ placeId: 'ru-moscow' })
    expect(days.map((d) => [d.attacks, d.killedAtLeast, d.injuredAtLeast])).toEqual([[1, 0, 0]])
  })
})
