import type { Actor } from '@sitrep/domain'

/**
 * Words that stand before a surname without being a given name: titles, ranks, offices and
 * the words of offices ("Foreign Minister Kuleba", "Gen. Syrskyi", "Ombudsman Lubinets").
 */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  `President Presidential Prime Minister Ministers Foreign Defence Defense Deputy Vice First Acting
  Interim Former Mayor Governor General Gen Colonel Col Lieutenant Lt Major Maj Captain Capt
  Sergeant Admiral Adm Commander Chief Head Spokesman Spokeswoman Spokesperson Secretary
  Chancellor Ambassador Envoy Special Senator Sen Representative Rep Congressman Congresswoman
  Speaker Chairman Chairwoman Chair Director Adviser Advisor Aide Ombudsman Commissioner
  Negotiator Official Officer Mr Mrs Ms Dr Prof Pope Patriarch King Queen Prince Premier Lady
  Justice Judge Prosecutor Attorney Military Security National Council State Economy Finance
  Energy Health Interior Culture Digital Strategic Industries Affairs Cabinet Parliament
  Verkhovna Rada Kremlin Lord Sir Dame Ukrainian Russian American British German
  French Polish European Belarusian Turkish Chinese Regional Oblast City Region`.split(/\s+/),
)

const GIVEN = /^\p{Lu}\p{Ll}{2,}$/u

/**
 * A name's consonants as transliterations keep them: Volodymyr and Vladimir, Dmytro and Dmitriy,
 * Oleksiy and Alexei, Serhiy and Sergei give one skeleton each.
 */
export const nameSkeleton = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/x/g, 'ks')
    .replace(/[aeiouyjhgw’'-]/g, '')
    .replace(/(.)\1+/g, '$1')

/** The skeletons of every word but the last of an actor's names of two words or more. */
const otherWords = (actor: Actor): Set<string> =>
  new Set(
    [actor.name, ...actor.aliases]
      .map((n) => n.trim().split(/\s+/))
      .flatMap((words) => words.slice(0, -1))
      .map(nameSkeleton),
  )

/**
 * Whether `before`, the capitalised word right before a person's surname, names someone else of
 * that surname: "Oleksiy Kuleba" is not Dmytro Kuleba, whom the bare alias "Kuleba" names. A
 * title or one of the person's own names in any transliteration ("Dmitry Kuleba", "Recep Tayyip
 * Erdogan") keeps the person; the caller rules out demonyms, names the dictionaries know and a
 * sentence's first word ("While Trump …").
 */
export const namesOtherBearer = (before: string, actor: Actor): boolean => {
  if (actor.kind !== 'person' || !GIVEN.test(before) || TITLE_WORDS.has(before)) return false
  return !otherWords(actor).has(nameSkeleton(before))
}
