import { describe, expect, it } from 'vitest'
import { UNDATED } from '../record-index.ts'
import type { Tallies } from '../rollups/tallies.ts'
import { statsSeries } from './stats-series.ts'

const empty: Tallies = {
  attackDays: [],
  regions: [],
  airWar: [],
  aid: [],
  aidDonors: [],
  talks: [],
  speakers: [],
  channels: [],
}

const drones = (day: string, launched: number, intercepted: number) => ({
  day,
  attackerId: 'russia',
  weaponClass: 'drone',
  launched,
  intercepted,
})

describe('statsSeries', () => {
  it('sums the air war per week with its interception rate and the last seven days averaged', () => {
    const { airWar } = statsSeries(
      {
        ...empty,
        // 20 July 2025 was a Sunday: the first two nights fall in the week of 14 July.
        airWar: [
          drones('2025-07-19', 100, 90),
          drones('2025-07-20', 426, 403),
          drones('2025-07-22', 50, 25),
        ],
      },
      'week',
      undefined,
    )
    expect(airWar).toEqual([
      {
        start: '2025-07-14',
        attackerId: 'russia',
        weaponClass: 'drone',
        launched: 526,
        intercepted: 493,
        interceptionRate: 493 / 526,
        sevenDays: { launched: 526 / 7, intercepted: 493 / 7, interceptionRate: 493 / 526 },
      },
      {
        start: '2025-07-21',
        attackerId: 'russia',
        weaponClass: 'drone',
        launched: 50,
        intercepted: 25,
        interceptionRate: 0.5,
        sevenDays: { launched: 50 / 7, intercepted: 25 / 7, interceptionRate: 0.5 },
      },
    ])
  })

  it('ends the seven days at the range when it ends inside the bucket', () => {
    const [july] = statsSeries(
      { ...empty, airWar: [drones('2025-07-01', 70, 7), drones('2025-07-30', 700, 70)] },
      'month',
      '2025-07-07',
    ).airWar
    expect(july?.sevenDays).toEqual({ launched: 10, intercepted: 1, interceptionRate: 0.1 })
  })

  it('gives no rate where nothing was launched', () => {
    const [day] = statsSeries(
      { ...empty, airWar: [drones('2025-07-20', 0, 74)] },
      'day',
      undefined,
    ).airWar
    expect(day?.interceptionRate).toBeNull()
  })

  it('splits aid per donor into requested, pledged and delivered', () => {
    const { aid } = statsSeries(
      {
        ...empty,
        aidDonors: [
          { day: '2025-07-21', donorId: 'germany', stage: 'pledge', records: 1, eur: 1e9 },
          { day: '2025-07-28', donorId: 'germany', stage: 'delivery', records: 1, eur: 5e8 },
          { day: '2025-07-21', donorId: 'norway', stage: 'pledge', records: 1, eur: 0 },
        ],
      },
      'month',
      undefined,
    )
    expect(aid).toEqual([
      {
        start: '2025-07-01',
        donorId: 'germany',
        requested: { records: 0, eurAtLeast: 0 },
        pledged: { records: 1, eurAtLeast: 1e9 },
        delivered: { records: 1, eurAtLeast: 5e8 },
      },
      {
        start: '2025-07-01',
        donorId: 'norway',
        requested: { records: 0, eurAtLeast: 0 },
        pledged: { records: 1, eurAtLeast: 0 },
        delivered: { records: 0, eurAtLeast: 0 },
      },
    ])
  })

  it('leaves undated aid out of the series, which has no bucket for it', () => {
    const { aid } = statsSeries(
      {
        ...empty,
        aidDonors: [{ day: UNDATED, donorId: 'germany', stage: 'pledge', records: 2, eur: 1.8e9 }],
      },
      'month',
      undefined,
    )
    expect(aid).toEqual([])
  })

  it('leaves a bucket’s casualty ceiling open when any of its days is', () => {
    const day = (d: string, open: number) => ({
      day: d,
      attacks: 1,
      killedLow: 2,
      killedHigh: 3,
      killedOpen: open,
      injuredLow: 0,
      injuredHigh: 0,
      injuredOpen: 0,
    })
    const { attacks } = statsSeries(
      { ...empty, attackDays: [day('2025-07-21', 0), day('2025-07-22', 1)] },
      'week',
      undefined,
    )
    expect(attacks).toEqual([
      {
        start: '2025-07-21',
        attacks: 2,
        killed: { low: 4, high: null },
        injured: { low: 0, high: 0 },
      },
    ])
  })
})
