import { describe, expect, it } from 'vitest'
import { fastBounds } from './fast-bounds.ts'

const matches = (re: RegExp, text: string) =>
  [...text.matchAll(new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}g`))].map((m) => [
    m.index,
    ...m,
  ])

const PATTERNS = [
  /\bdrones?\s+(?:hit|struck)\b/iu,
  /\b(?:wave|barrage) of\s+(?:[\w-]+\s+){0,3}?(?:missiles?|drones?)\b/iu,
  /\b(?:fired|launched)\b[^.]*\b(?:missiles?|rockets?)\b/iu,
  /(?<!\bagreed to )(?:deal with|address)\b/iu,
  /\b\p{Lu}\p{Ll}+ said\b/iu,
  /\b(?:x)?talks\b|\b(?:a|)\s*kremlin\b/iu,
  /\b\d+ (?:killed|injured)\b|\b[€$]\d+\b/iu,
  /\b(?<who>[\p{L}-]+)\s+\k<who>\b|\b(\w)\2\b/iu,
  /\bs\b|\bk\b|\b\s+\b/iu,
  /[\s,]\b(?:said)\b[\s,]|(?:\.|!)\b/iu,
]

const TEXTS = [
  'Russian drones hit Kharkiv overnight; a wave of 40 Shahed drones followed.',
  'Troops fired missiles. They launched rockets at dawn, officials agreed to address it.',
  'Peskov said the Kremlin talks, xtalks and Kremlin’s envoy; 12 killed, €5 paid.',
  'ſ s K k ſdrones hit Kdrones hit dronesſ struck ſtalks talksK kremlinſ ſaid said',
  'Kyiv Kyiv, the the talks; aa bb 4 injured, é said, ésaid — s. k! ok.',
  '',
]

describe('fastBounds', () => {
  it('turns a boundary before or after a word into a one-sided test', () => {
    expect(fastBounds(/\bdrones?\s+(?:hit|struck)\b/iu).source).toBe(
      '(?<!\\w)drones?\\s+(?:hit|struck)(?!\\w)',
    )
    expect(fastBounds(/[\s,]\b(?:said)\b[\s,]/iu).source).toBe(
      '[\\s,](?<!\\w)(?:said)(?!\\w)[\\s,]',
    )
  })

  it('keeps a boundary whose sides the pattern does not fix', () => {
    expect(fastBounds(/\b\p{Lu}\p{Ll}+ said\b/iu).source).toBe('\\b\\p{Lu}\\p{Ll}+ said(?!\\w)')
    expect(fastBounds(/\b(?:x)?\b/iu).source).toBe('\\b(?:x)?\\b')
  })

  it('leaves patterns without both the i and u flags alone', () => {
    const re = /\bdrones?\b/i
    expect(fastBounds(re)).toBe(re)
  })

  it('matches exactly what the pattern matched, ſ and the Kelvin sign included', () => {
    for (const re of PATTERNS)
      for (const text of TEXTS) expect(matches(fastBounds(re), text)).toEqual(matches(re, text))
  })
})
