import { describe, expect, it } from 'vitest'
import { istanbulTalksArticleText as seed } from './seed/article-text.ts'
import { normaliseText, textFingerprint, textWords } from './text-fingerprint.ts'

describe('normaliseText', () => {
  it.each([
    ['curly and straight apostrophes', 'Ukraine’s chief negotiator', "Ukraine's chief negotiator"],
    ['quote marks', '“We need more momentum,” he said', '"We need more momentum," he said'],
    ['case', 'KIEV diplomats', 'Kiev diplomats'],
    ['line breaks and runs of spaces', 'two dead\n\nand  15 injured', 'two dead and 15 injured'],
    ['dashes', 'Russian side – although', 'Russian side - although'],
    ['full-width letters (NFKC)', 'ＴＡＳＳ said', 'TASS said'],
    ['a trailing newline', 'closed for hours.\n', 'closed for hours'],
  ])('folds %s', (_, a, b) => {
    expect(normaliseText(a)).toBe(normaliseText(b))
  })

  it.each([
    ['a changed number', 'two dead and 15 injured', 'two dead and 16 injured'],
    ['a changed word', 'on Wednesday', 'on Thursday'],
  ])('keeps %s apart', (_, a, b) => {
    expect(normaliseText(a)).not.toBe(normaliseText(b))
  })

  it('keeps letters of every script and digits, and nothing else', () => {
    expect(normaliseText('Зеленський: «74 дрони» — €5bn!')).toBe('зеленський 74 дрони 5bn')
    expect(textWords('  — ')).toEqual([])
  })
})

describe('textFingerprint', () => {
  it('is the same for the seed retyped with straight quotes and a trailing newline', async () => {
    const retyped = `${seed.replaceAll('’', "'").replaceAll('“', '"').replaceAll('”', '"')}\n`
    expect(await textFingerprint(retyped)).toBe(await textFingerprint(seed))
  })

  it('differs when one figure changes', async () => {
    expect(
      await textFingerprint(seed.replace('74 Ukrainian drones', '75 Ukrainian drones')),
    ).not.toBe(await textFingerprint(seed))
  })

  it('is 64 hex digits', async () => {
    expect(await textFingerprint(seed)).toMatch(/^[0-9a-f]{64}$/)
  })
})
