import { describe, expect, it } from 'vitest'
import {
  decodeSignature,
  encodeSignature,
  estimatedJaccard,
  lshBandKeys,
  minHashSignature,
  NEAR_DUPLICATE_THRESHOLD,
  nearDuplicateSignature,
  shingleJaccard,
} from './near-duplicate.ts'
import { istanbulTalksArticleText as seed } from './seed/article-text.ts'
import { editedCopy, retypedCopy, sameNightOtherReport, shortenedCopy } from './seed/copies.ts'

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

describe('short texts', () => {
  const flash = (city: string) =>
    `At least three people were killed in a Russian missile strike on ${city} overnight into Tuesday, the regional governor said.`

  it('two flashes on one formula about two strikes would pass for copies, so they are not compared', () => {
    expect(shingleJaccard(flash('Odesa'), flash('Mykolaiv'))).toBeGreaterThan(
      NEAR_DUPLICATE_THRESHOLD,
    )
    expect(nearDuplicateSignature(flash('Odesa'))).toBeUndefined()
  })

  it('an article is compared', () => {
    expect(nearDuplicateSignature(seed)).toEqual(minHashSignature(seed))
  })
})
