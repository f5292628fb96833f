import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { findNames } from './names.ts'
import { nameSkeleton } from './other-bearer.ts'

const actorsIn = (text: string) =>
  findNames(text, 0, shippedLexicon).map((n) => `${n.text}=${n.actorId ?? '-'}`)

describe('a known surname after another given name', () => {
  it('is another person of that surname', () => {
    expect(
      actorsIn('The strike was condemned by Deputy Prime Minister Oleksiy Kuleba on Monday.'),
    ).not.toContain('Kuleba=kuleba')
  })

  it('keeps the person after a title, one of their names, or at a sentence start', () => {
    expect(actorsIn('Foreign Minister Kuleba said the talks would go on.')).toContain(
      'Kuleba=kuleba',
    )
    // "Dmitriy" is Dmytro in another transliteration: the surname still names him.
    expect(actorsIn('Ukraine was represented by Dmitriy Kuleba.')).toContain('Kuleba=kuleba')
    expect(actorsIn('He paused. While Kuleba spoke, sirens sounded.')).toContain('Kuleba=kuleba')
  })

  it('reads transliterations of one given name as one skeleton', () => {
    expect(nameSkeleton('Volodymyr')).toBe(nameSkeleton('Vladimir'))
    expect(nameSkeleton('Dmytro')).toBe(nameSkeleton('Dmitriy'))
    expect(nameSkeleton('Oleksiy')).toBe(nameSkeleton('Alexei'))
    expect(nameSkeleton('Serhiy')).toBe(nameSkeleton('Sergei'))
    expect(nameSkeleton('Oleksiy')).not.toBe(nameSkeleton('Dmytro'))
  })
})
