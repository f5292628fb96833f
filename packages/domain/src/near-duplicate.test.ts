import { describe, expect, it } from 'vitest'
import {
  decodeSignature,
  encodeSignature,
  estimatedJaccard,
  lshBandKeys,
  minHashSignature,
  NEAR_DUPLICATE_THRESHOLD,
  shingleJaccard,
} from './near-duplicate.ts'
import { istanbulTalksArticleText as seed } from './seed/article-text.ts'

const lines = seed.split('\n')

/** The seed as a second outlet ran it: headline trimmed, two sections swapped, a sentence added. */
const editedCopy = [
  'Fresh Ukraine-Russia talks in Istanbul',
  ...lines.slice(1, 10),
  ...lines.slice(27, 33),
  ...lines.slice(10, 27),
  ...lines.slice(33),
  'The talks are expected to last one day, officials in Ankara said.',
].join('\n')

/** Only the first half, re-headlined: what a site that cut the aid sections would carry. */
const shortenedCopy = ['Zelensky: new round of talks on Wednesday', ...lines.slice(1, 20)].join(
  '\n',
)

/** Typography and spacing changed by a content system, and a byline added. */
const retypedCopy = `By a staff writer\n\n${seed.replaceAll('’', "'").replaceAll('“', '"').replaceAll('”', '"').replaceAll('\n', '\n\n')}\n`

/** A different report of the same night: same people, places and stock phrases, other words. */
const sameNightOtherReport = [
  'Russia launches hundreds of drones at Ukraine overnight into Monday',
  'Russia attacked Ukraine overnight into Monday with 426 Shahed-type drones and 24 missiles, the Ukrainian Air Force said.',
  'Air defences destroyed most of them, the Air Force said in a statement on Telegram, while some drones were lost to electronic warfare.',
  'In Kyiv, debris fell on residential buildings in several districts and a fire broke out in a market, the city administration said.',
  'Ivano-Frankivsk and Kharkiv were also hit, local authorities said, and residents spent hours in shelters.',
  'Zelensky called on partners to speed up deliveries of air defence systems, saying Russia was launching more drones every week.',
  'Moscow said its air defences had intercepted Ukrainian drones over several Russian regions during the night.',
].join('\n')

describe('near-duplicate detection on the seed article', () => {
  const original = minHashSignature(seed)
  if (!original) throw new Error('the seed has words')
  const similarity = (text: string) => {
    const other = minHashSignature(text)
    if (!other) throw new Error('no words')
    return estimatedJaccard(original, other)
  }

  it.each([
    ['a copy with its headline trimmed, sections moved and a sentence added', editedCopy],
    ['a copy cut to its first half under a new headline', shortenedCopy],
    ['a copy with straight quotes, blank lines and a byline', retypedCopy],
  ])('finds %s a near duplicate', (_, text) => {
    expect(similarity(text)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD)
    // Some band must be shared, or a store would never fetch the original as a candidate.
    const keys = new Set(lshBandKeys(original))
    const copyKeys = lshBandKeys(minHashSignature(text) ?? [])
    expect(copyKeys.some((k) => keys.has(k))).toBe(true)
  })

  it('finds a different report of the same night no duplicate, though it names the same places', () => {
    expect(similarity(sameNightOtherReport)).toBeLessThan(0.1)
    const keys = new Set(lshBandKeys(original))
    expect(lshBandKeys(minHashSignature(sameNightOtherReport) ?? []).some((k) => keys.has(k))).toBe(
      false,
    )
  })

  it('estimates the exact shingle Jaccard within 0.1', () => {
    for (const text of [editedCopy, shortenedCopy, retypedCopy, sameNightOtherReport])
      expect(Math.abs(similarity(text) - shingleJaccard(seed, text))).toBeLessThan(0.1)
  })

  it('scores the calibration pairs as NEAR_DUPLICATE_THRESHOLD’s comment says', () => {
    expect(similarity(editedCopy)).toBeCloseTo(0.91, 2)
    expect(similarity(shortenedCopy)).toBeCloseTo(0.5, 2)
    expect(similarity(retypedCopy)).toBe(1)
    expect(similarity(sameNightOtherReport)).toBe(0)
  })
})

describe('signatures', () => {
  it('are the same in every process: fixed hash functions, not random ones', () => {
    expect(
      encodeSignature(
        minHashSignature('Russia launched a wave of drone attacks on Kiev') ?? [],
      ).slice(0, 16),
    ).toMatchInlineSnapshot(`"1aef5dc21b86b912"`)
  })

  it('round-trip through their stored hex form', () => {
    const signature = minHashSignature(seed) ?? []
    expect(decodeSignature(encodeSignature(signature))).toEqual(signature)
    expect(decodeSignature('zz')).toBeUndefined()
  })

  it('are undefined for a text without words, and exist for one shorter than a shingle', () => {
    expect(minHashSignature(' – … ')).toBeUndefined()
    expect(minHashSignature('Kyiv')).toHaveLength(128)
  })

  it('give 42 band keys, equal for equal texts', () => {
    const keys = lshBandKeys(minHashSignature(seed) ?? [])
    expect(keys).toHaveLength(42)
    expect(new Set(keys).size).toBe(42)
    expect(lshBandKeys(minHashSignature(`${seed}\n`) ?? [])).toEqual(keys)
  })
})
