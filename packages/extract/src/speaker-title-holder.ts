import { findNames } from './names.ts'
import type { SpeakerContext } from './speaker.ts'

/**
 * "The mayor of Kharkiv wrote" after "The mayor of Kharkiv Ihor Terekhov … write about this": an
 * office of a place, said without a name, is the person the text named with that office before.
 */
const TITLE_OF_PLACE =
  /^(?:the\s+)?((?:mayor|governor|head|chief)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,4})$/iu

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** "the regional governor", "the city's mayor": a local office said without its place. */
const LOCAL_OFFICE =
  /^(?:the\s+)?(?:(?:regional|city|local|oblast|region[’']s|city[’']s)\s+)?(governor|mayor)$/i

/**
 * 'The regional governor also reported …' after "Governor Alexander Gusev announced": the
 * person the text last named with that title before the name.
 */
const localHolderBefore = (phrase: string, before: string): string | undefined => {
  const office = LOCAL_OFFICE.exec(phrase)?.[1]
  if (!office) return undefined
  const named = new RegExp(
    `\\b${office}\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}[\\p{Ll}’'-]+)`,
    'giu',
  )
  const last = [...before.matchAll(named)].at(-1)?.[1]
  return last ? `${office} ${last}` : undefined
}

/** The title and the name that followed it earlier ("mayor of Kharkiv Ihor Terekhov"), if any. */
export const titleHolderBefore = (
  phrase: string,
  before: string | undefined,
): string | undefined => {
  const title = before ? TITLE_OF_PLACE.exec(phrase)?.[1] : undefined
  if (!title && before) return localHolderBefore(phrase, before)
  if (!title || !before) return undefined
  const named = new RegExp(
    `\\b${literal(title)},?\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}[\\p{Ll}’'-]+)`,
    'iu',
  ).exec(before)
  return named?.[1] ? `${title} ${named[1]}` : undefined
}

/** "the chancellor", "the prime minister": an office said alone, as the text's second mention. */
const BARE_TITLE =
  /^the (chancellor|president|prime minister|foreign minister|defen[cs]e minister|minister|secretary general|mayor|governor)$/i

/**
 * '"…," the chancellor said.' after "German Chancellor Olaf Scholz spoke …" and "a press
 * conference with Volodymyr Zelenskyy": the person named earlier whose office in the dictionary
 * is that title, the latest first, rather than whoever was named last.
 */
export const officeHolderBefore = (
  phrase: string,
  { before, lexicon, previousPerson }: SpeakerContext,
): string | undefined => {
  const spoke = previousPerson?.asserter
  const previous = spoke?.type === 'actor' ? spoke.actorId : undefined
  const title = before ? BARE_TITLE.exec(phrase)?.[1] : undefined
  if (!title || !before) return undefined
  const office = new RegExp(`\\b${title.replace(/defen[cs]e/i, 'Defen[cs]e')}\\b`, 'i')
  const holds = (id: string | undefined) => {
    const a = id ? lexicon.actor(id) : undefined
    return a?.kind === 'person' && a.roles.some((r) => office.test(r.title))
  }
  // the person who spoke last keeps the words when the office is theirs
  if (holds(previous)) return previous
  return findNames(before, 0, lexicon).findLast((n) => holds(n.actorId))?.actorId
}
