import { describe, expect, it } from 'vitest'
import { findDates } from './dates.ts'

const MONDAY = '2025-07-21'
const one = (text: string, anchor: string | undefined = MONDAY) => {
  const [first] = findDates(text, anchor)
  return first?.date
}

describe('findDates', () => {
  it.each([
    ['will take place in Istanbul on Wednesday', '2025-07-23', '2025-07-23', 'day'],
    ['named Thursday as the date', '2025-07-24', '2025-07-24', 'day'],
    ['Zelensky said on Monday', '2025-07-21', '2025-07-21', 'day'],
    ['In May, Kiev and Moscow held talks', '2025-05-01', '2025-05-31', 'month'],
    ['aid this year to boost production', '2025-01-01', '2025-12-31', 'year'],
    ['to provide funds for 2026', '2026-01-01', '2026-12-31', 'year'],
    ['Officials said earlier that', '2025-07-14', '2025-07-21', 'week'],
    ['ordered by Putin in February 2022', '2022-02-01', '2022-02-28', 'month'],
  ])('resolves "%s" against Monday 21 July 2025', (text, start, end, precision) => {
    expect(one(text)).toMatchObject({ resolved: true, start, end, precision })
  })

  it('reads no week in "X had earlier said", which tells of an earlier report', () => {
    expect(one('The governor had earlier said that two drones fell')).toBeUndefined()
  })

  it('reads "overnight into Monday" as the night from Sunday evening to Monday', () => {
    expect(one('drone attacks on Kiev overnight into Monday')).toMatchObject({
      resolved: true,
      start: '2025-07-20',
      end: '2025-07-21',
      precision: 'night',
      raw: 'overnight into Monday',
    })
  })

  it.each([
    ['drones hit the port overnight on July 20', '2025-07-19', '2025-07-20'],
    ['shelled the town on the night of July 19', '2025-07-19', '2025-07-20'],
    ['a raid during the night of 12 July', '2025-07-12', '2025-07-13'],
    ['strikes on the night of July 14 to 15', '2025-07-14', '2025-07-15'],
    ['missiles hit the city overnight on Saturday', '2025-07-18', '2025-07-19'],
    ['a raid overnight on August 3', '2024-08-02', '2024-08-03'],
  ])('reads the night named by its day in "%s"', (text, start, end) => {
    expect(one(text)).toMatchObject({ resolved: true, start, end, precision: 'night' })
  })

  it('leaves relative phrases unresolved, with a reason, when there is no publication date', () => {
    const date = findDates('talks in Istanbul on Wednesday', undefined)[0]?.date
    expect(date).toMatchObject({ resolved: false, precision: 'day' })
    expect(date?.resolved === false && date.reason).toMatch(/no publication date/)
  })

  it('still resolves an absolute date without a publication date', () => {
    expect(findDates('the invasion of 24 February 2022', undefined)[0]?.date).toMatchObject({
      resolved: true,
      start: '2022-02-24',
      precision: 'day',
    })
  })

  it('does not take a duration for a date', () => {
    expect(findDates('for the first time in three years', MONDAY)).toEqual([])
  })

  it('reports offsets into the whole article', () => {
    const article = `${'x'.repeat(100)}talks on Wednesday.`
    const [m] = findDates(article.slice(100), MONDAY, 100)
    expect(article.slice(m?.start, m?.end)).toMatch(/^(on )?Wednesday$/)
  })

  it.each(['this past night', 'during the night', 'a nighttime raid'])(
    'reads "%s" as the night before publication',
    (phrase) => {
      expect(findDates(`Drones struck ${phrase}.`, MONDAY)[0]?.date).toMatchObject({
        start: '2025-07-20',
        end: '2025-07-21',
        precision: 'night',
      })
    },
  )

  it('reads "the early hours of Sunday" as part of a day', () => {
    expect(findDates('in the early hours of Sunday', MONDAY)[0]?.date).toMatchObject({
      start: '2025-07-20',
      precision: 'part-of-day',
    })
  })

  it('reads a month and day without a year as the last such day before publication', () => {
    expect(findDates('struck on December 28', '2026-01-05')[0]?.date).toMatchObject({
      start: '2025-12-28',
      precision: 'day',
    })
  })

  it('keeps "on Wednesday night" a night when the page gives no date', () => {
    const [d] = findDates('Drones struck the city on Wednesday night.', undefined, 0, false)
    expect(d?.date).toMatchObject({ resolved: false, precision: 'night' })
  })
})

describe('nights and days as war reports write them', () => {
  it('reads "the night of July 21" in a report of July 21 as the night just ended', () => {
    expect(one('On the night of July 21 drones struck Odesa')).toMatchObject({
      start: '2025-07-20',
      end: '2025-07-21',
    })
  })

  it('reads "overnight from Sunday to Monday" as that night', () => {
    expect(one('Drones struck Odesa overnight from Sunday to Monday')).toMatchObject({
      start: '2025-07-20',
      end: '2025-07-21',
      precision: 'night',
    })
  })

  it('keeps a count after a day out of the date ("As of July 20, 14 people")', () => {
    const [d] = findDates('As of July 20, 14 people were reported dead', MONDAY)
    expect(d?.date).toMatchObject({ start: '2025-07-20', raw: 'July 20' })
  })
})
