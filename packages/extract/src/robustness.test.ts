import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const source = { id: 'src-test' }

/** A deterministic generator, so the "random" megabyte is the same on every run. */
const randomText = (size: number): string => {
  let seed = 42
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed
  }
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?\n€$“”<>&'
  let out = ''
  while (out.length < size) out += alphabet.charAt(next() % alphabet.length)
  return out
}

describe('extract on text that is not war reporting', () => {
  it.each([
    ['an empty string', ''],
    ['whitespace', ' \n\t \n'],
    [
      'a football report',
      'Shakhtar Donetsk beat Dynamo Kyiv 2-1 on Sunday in Lviv. Two goals in the second half settled the match, coach Marino Pusic said after the game. More than 20,000 fans attended.',
    ],
    [
      'a recipe',
      'Preheat the oven to 180 degrees. Mix two cups of flour with three eggs and a pinch of salt, then bake for 25 minutes. Serve warm.',
    ],
  ])('yields no records for %s', (_, text) => {
    expect(extract(text, { publishedAt: '2025-09-21', source })).toEqual([])
  })

  // A generous limit: this asserts "no records, no error", not speed (that is the benchmark's job).
  it('yields no records and no error for a megabyte of random text', { timeout: 120_000 }, () => {
    expect(extract(randomText(1_000_000), { publishedAt: '2025-09-21', source })).toEqual([])
  })
})

describe('extract on hostile input', () => {
  it('reads markup and control characters as plain text, spans still exact', () => {
    const text =
      '<script>alert("x")</script>\u0000 At least three people were killed in a Russian missile strike on <b>Dnipro</b>, the regional governor said.\u0007'
    const drafts = extract(text, { publishedAt: '2025-09-21', source })
    const attack = drafts.find((d) => d.record.kind === 'attack')?.record
    expect(attack?.kind === 'attack' && attack.placeIds).toEqual(['ua-dnipro'])
    for (const d of drafts)
      for (const c of d.record.claims) expect(text.slice(c.span?.start, c.span?.end)).toBe(c.quote)
  })

  it.each([
    ['a run of thousands of capitalised names', `${'Zelensky '.repeat(5_000)}said.`],
    ['a sentence of 40,000 characters', `${'a '.repeat(20_000)}are not on the agenda.`],
    ['thousands of numbers', `${'1 '.repeat(20_000)}killed.`],
  ])('reads %s as no prose, without error', { timeout: 60_000 }, (_, text) => {
    expect(extract(text, { publishedAt: '2025-09-21', source })).toEqual([])
  })

  it('is deterministic: the same input gives the same drafts', () => {
    const text =
      'Russian drones hit Kharkiv overnight, injuring five people, Mayor Ihor Terekhov said.'
    expect(extract(text, { publishedAt: '2025-09-21', source })).toEqual(
      extract(text, { publishedAt: '2025-09-21', source }),
    )
  })
})
