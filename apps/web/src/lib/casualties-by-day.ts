import type { Attack, Bounds } from '@sitrep/domain'
import { casualtyBounds, firstDay } from './record-view.ts'

export interface CasualtyDay {
  readonly day: string
  readonly attacks: number
  readonly killed: Bounds
  readonly injured: Bounds
}

const add = (a: Bounds, b: Bounds | undefined): Bounds =>
  b ? { low: a.low + b.low, high: a.high + b.high } : a

/**
 * Attacks and casualty bounds per day. Each attack counts on the first day its date allows, with
 * the bounds of its widest scope; a floor with no ceiling ("at least one") keeps the day's upper
 * bound open, which the chart draws as an open band rather than a guessed number.
 */
export const casualtiesByDay = (attacks: readonly Attack[]): CasualtyDay[] => {
  const days = new Map<string, CasualtyDay>()
  for (const attack of attacks) {
    const day = firstDay(attack)
    if (!day) continue
    const before = days.get(day) ?? {
      day,
      attacks: 0,
      killed: { low: 0, high: 0 },
      injured: { low: 0, high: 0 },
    }
    days.set(day, {
      day,
      attacks: before.attacks + 1,
      killed: add(before.killed, casualtyBounds(attack, 'killed')),
      injured: add(before.injured, casualtyBounds(attack, 'injured')),
    })
  }
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1))
}
