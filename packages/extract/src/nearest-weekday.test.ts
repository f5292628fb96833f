import { addDays, type IsoDate } from '@sitrep/domain'
import * as chrono from 'chrono-node'
import { describe, expect, it } from 'vitest'
import { nearestWeekday } from './nearest-weekday.ts'

const byChrono = (weekday: string, anchor: IsoDate): string => {
  const [y = 1970, m = 1, d = 1] = anchor.split('-').map(Number)
  const c = chrono.parse(weekday, new Date(y, m - 1, d, 12))[0]?.start
  const pad = (n: number | null, w: number) => String(n ?? 1).padStart(w, '0')
  return c ? `${pad(c.get('year'), 4)}-${pad(c.get('month'), 2)}-${pad(c.get('day'), 2)}` : anchor
}

describe('nearestWeekday', () => {
  it('gives "Thursday" in a Monday report as the Thursday after, "Friday" as the one before', () => {
    expect(nearestWeekday('Thursday', '2025-07-21')).toBe('2025-07-24')
    expect(nearestWeekday('Friday', '2025-07-21')).toBe('2025-07-18')
    expect(nearestWeekday('monday', '2025-07-21')).toBe('2025-07-21')
  })

  it("answers as chrono does for every weekday against every day of a year, DST's too", () => {
    const weekdays = ['Sunday', 'Monday', 'TUESDAY', 'wednesday', 'Thursday', 'Friday', 'Saturday']
    for (let day: IsoDate = '2025-01-01'; day < '2026-01-01'; day = addDays(day, 1))
      for (const w of weekdays) expect(nearestWeekday(w, day)).toBe(byChrono(w, day))
  })
})
