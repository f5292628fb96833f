import type { Lexicon } from '@sitrep/domain'
import { attribute } from './attribution.ts'
import type { Sentence } from './sentences.ts'

/** ", while Russia denied …", "; Russia, however, said …": where a second speaker's clause begins. */
const CONTRAST = /,\s+(?:while|whereas)\s+(?=\p{Lu})|;\s+(?=\p{Lu})/gu

/** "Russia has denied it attacked, claiming that …": a deed, then the words it came with. */
const DEED_THEN_WORDS = /^\p{Lu}[^,]*\s\p{L}+ed\b[^,]*,\s+\p{Ll}+ing\s/u

/** The speaker that opens a clause, right before its verb: "Ukraine has described", "Russia denied". */
const openingSpeaker = (clause: string, lexicon: Lexicon): string | undefined => {
  const a = attribute(clause, { newNames: [], lexicon })
  // "Suspilne, citing a source, reported": a speaker set off by an aside is no clause opener
  if (
    a?.speakerStart !== 0 ||
    a.backward ||
    (clause.slice(0, a.verbEnd).includes(',') && !DEED_THEN_WORDS.test(clause))
  )
    return undefined
  const who = a.speaker.asserter
  return who.type === 'actor' ? who.actorId : `unnamed:${who.description}`
}

/**
 * "Ukraine described the attack as terrorism, while Russia denied it attacked": two speakers,
 * each opening a clause of one sentence, make two statements. Such a sentence is read as two;
 * one whose first clause nobody is said to assert ("Russia launched 40 drones, while …") stays
 * whole, so the facts it tells stay together.
 */
export const splitContrasts = (sentences: readonly Sentence[], lexicon: Lexicon): Sentence[] =>
  sentences
    .flatMap((s) => {
      CONTRAST.lastIndex = 0
      const m = CONTRAST.exec(s.text)
      if (!m) return [s]
      const cut = m.index + m[0].length
      const first = openingSpeaker(s.text.slice(0, m.index + 1), lexicon)
      const second = first && openingSpeaker(s.text.slice(cut), lexicon)
      if (!first || !second || first === second) return [s]
      return [
        { ...s, end: s.start + m.index + 1, text: s.text.slice(0, m.index + 1) },
        { ...s, start: s.start + cut, text: s.text.slice(cut) },
      ]
    })
    .map((s, index) => ({ ...s, index }))
