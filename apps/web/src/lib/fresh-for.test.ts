import { describe, expect, it } from 'vitest'
import { freshFor } from './fresh-for.ts'

describe('freshFor', () => {
  it('loads once while fresh and again after a failure', async () => {
    let calls = 0
    const load = freshFor(60_000, async () => {
      calls += 1
      if (calls === 1) throw new Error('api down')
      return calls
    })
    await expect(load()).rejects.toThrow('api down')
    expect(await load()).toBe(2)
    expect(await load()).toBe(2)
    expect(calls).toBe(2)
  })

  it('loads again at once after forget', async () => {
    let calls = 0
    const load = freshFor(60_000, async () => ++calls)
    expect(await load()).toBe(1)
    load.forget()
    expect(await load()).toBe(2)
    expect(await load()).toBe(2)
  })
})
