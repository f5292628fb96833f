import { forgettable } from './memories.ts'
import { knownPlace, proposedId } from './names.ts'
import type { Speaker, SpeakerContext } from './speaker.ts'
import { INSTITUTION } from './speaker-institution.ts'

// Speakers no dictionary holds: a capitalised name of up to four words, its title and office
// words taken off, flagged as a new actor (or the one an earlier sentence flagged).

/** The titles and offices before a name: "Deputy Foreign Minister", "the regional governor". */
const TITLES =
  /^(?:(?:the|[Rr]egional|[Ll]ocal|[Cc]ity|[Dd]eputy|[Aa]cting|[Ii]nterim|[Ff]ormer|Ukrainian|Russian|Mayor|Governor|President|Minister|Secretary|Spokesman|Spokeswoman|General|Commander|Chancellor|Prime|Foreign|Defence|Defense|Head|Chief|Negotiator|Ambassador|Senator|Commissioner|Admiral|Colonel|Lieutenant|Major)\s+)+/
/** "Belgorod Region Vyacheslav Gladkov": the words up to a body or territory name are no name. */
const BEFORE_NAME =
  /^.*\b(?:(?:Secretary|Minister) of (?:State|Defen[cs]e|Foreign Affairs|Finance|the Interior|Internal Affairs|Economy|Energy|Health|Justice)|Region|Oblast|Province|Republic|District|Council|Administration|Ministry|Office|RMA|OVA|MVA|Mayor|Governor|Minister|Secretary|Spokesman|Spokeswoman|Commissioner|Ambassador|Envoy|Coordinator|Advis[eo]r|Aide|Representative|Director|Chairman)\s+/

/** A capitalised name of up to four words that no dictionary holds: a new actor to flag. */
const UNKNOWN_NAME = /(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){0,3})$/u

/** "Kiper wrote" after "… Oleh Kiper expressed …": the surname's full name earlier on. */
const fullNameBefore = (surname: string, before: string | undefined): string | undefined => {
  if (!before || !/^\p{Lu}\p{Ll}{2,}$/u.test(surname) || !afterLowerCase(before, surname))
    return undefined
  let full = FULL_NAME.get(surname)
  if (!full) {
    full = new RegExp(`\\b\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)? ${surname}\\b`, 'u')
    if (FULL_NAME.size > 2000) FULL_NAME.clear()
    FULL_NAME.set(surname, full)
  }
  return full.exec(before)?.[0]
}

/**
 * Whether the surname follows a lower-case letter and a space somewhere, as every full name the
 * pattern finds ends: a place name the article repeats ("Kiev") seldom does, and the pattern,
 * opening on a Unicode class, is tried at every position of the article before the sentence.
 */
const afterLowerCase = (before: string, surname: string): boolean => {
  const joined = ` ${surname}`
  for (let at = before.indexOf(joined); at > 0; at = before.indexOf(joined, at + 1)) {
    const c = before.charCodeAt(at - 1)
    if (c < 128 ? c >= 97 && c <= 122 : LOWER_LAST.test(before.slice(Math.max(0, at - 2), at)))
      return true
  }
  return false
}
const LOWER_LAST = /\p{Ll}$/u

/** One compiled pattern per surname: the same few speakers are looked up sentence after sentence. */
const FULL_NAME = new Map<string, RegExp>()
forgettable(() => FULL_NAME.clear())

/** The new actor a speaker phrase names, or undefined when it names none. */
export const unknownSpeaker = (
  text: string,
  start: number,
  context: SpeakerContext,
  /** The words the sentence itself uses, when `text` is the full name found earlier. */
  spelled?: string,
): Speaker | undefined => {
  const m = UNKNOWN_NAME.exec(text)
  if (!m?.[1]) return undefined
  // "Secretary of State Antony Blinken": the office's last word is no part of the name
  const office = /\b(?:Secretary|Minister) of\s+$/.test(text.slice(0, m.index))
    ? /^(?:State|Defen[cs]e|Finance|Justice|Energy|Health|Economy|Interior)\s+(?=\p{Lu})/u
    : undefined
  const lead = m[1]
    .replace(office ?? /^$/, '')
    .replace(BEFORE_NAME, '')
    .replace(TITLES, '')
  // "Mayor of Kharkiv Ihor Terekhov": the city of the title is no part of the name
  const place = /^(\p{Lu}[\p{L}’'-]+)\s+(?=\p{Lu}[\p{L}’'-]+\s+\p{Lu})/u.exec(lead)
  const titled =
    place?.[1] && knownPlace(place[1], context.lexicon) ? lead.slice(place[0].length) : lead
  const name = titled === '' ? m[1] : titled
  const at = spelled ? start : start + m.index + (m[1].length - name.length)
  const single = !/\s/.test(name)
  const earlier = context.newNames.find((n) => n.name === name || n.name.endsWith(` ${name}`))
  const full = single && !earlier ? fullNameBefore(name, context.before) : undefined
  if (full && /\s/.test(full.replace(TITLES, '')))
    return unknownSpeaker(full, at, { ...context, before: '' }, name)
  if (single && !earlier && !INSTITUTION.test(name)) return undefined
  const institution = INSTITUTION.test(name)
  const id = earlier?.proposedId ?? proposedId(name)
  const role = text
    .slice(0, at - start)
    .replace(/^the\s+/i, '')
    .trim()
  return {
    asserter: { type: 'actor', actorId: id },
    attribution: institution ? 'official-body' : 'named-official',
    ...(role && !institution ? { role } : {}),
    isPerson: !institution,
    isOutlet: false,
    ...(earlier
      ? {}
      : {
          newName: {
            type: 'actor',
            name,
            proposedId: id,
            span: { start: at, end: at + (spelled ?? name).length },
          },
        }),
  }
}
