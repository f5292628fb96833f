import { describe, expect, it } from 'vitest'
import { timeSlice } from './time-slice.ts'

describe('timeSlice', () => {
  it('yields a turn only once a slice has run its time, then starts a new slice', async () => {
    let now = 0
    let turns = 0
    const slice = timeSlice(
      4,
      () => now,
      async () => {
        turns += 1
      },
    )
    now = 3
    await slice.breathe()
    expect(turns).toBe(0)
    now = 4
    await slice.breathe()
    expect(turns).toBe(1)
    now = 7
    await slice.breathe()
    expect(turns).toBe(1)
    now = 9
    await slice.breathe()
    expect(turns).toBe(2)
  })

  it('lets a timer queued behind the work run at the next breath', async () => {
    let now = 0
    const slice = timeSlice(1, () => now)
    let ran = false
    setImmediate(() => {
      ran = true
    })
    now = 1
    await slice.breathe()
    expect(ran).toBe(true)
  })
})
