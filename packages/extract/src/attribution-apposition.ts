import { resolveSpeaker, type Speaker, type SpeakerContext } from './speaker.ts'

/**
 * A speaker set off by commas right before the verb: "Lloyd Austin, the US Secretary of Defense,
 * said", "the head of the regional administration, Ivan Petrenko, said".
 */

/**
 * "Lloyd Austin, the US Secretary of Defense, has stated": a name, then a description of the
 * speaker between commas, right before the verb.
 */
const APPOSITION =
  /(?:^|[,“”"]\s*|\s[—–]\s)([^,“”"—–]{2,80}?),\s+([^,“”"]{3,140}?),\s*(?:(?:has|have|had|also|later|then)\s+)*$/

/** A description of a speaker rather than a name: "the US envoy to NATO", "head of …". */
const DESCRIPTION =
  /^(?:the |an? )?\p{Ll}|^\p{Lu}\p{L}+[’']s (?:\p{L}+ )?\p{Ll}|^(?:the |an? )?\p{Lu}\p{L}+ (?:of|for|to)\b|^(?:the |an? )?(?:\p{Lu}\p{L}+ ){0,3}(?:\p{Ll}|Minister|Secretary|President|Governor|Mayor|Envoy|Ambassador|Head|Chief)/u

export const APPOSED_END = /,\s*(?:(?:has|have|had|also|later|then)\s+)*$/

/** "Vladimir Medinsky, the head of the Russian delegation, aide to the President, said". */
const TWO_APPOSITIONS =
  /(?:^|[,“”"]\s*|\s[—–]\s)([^,“”"—–]{2,80}?),\s+([^,“”"]{3,140}?),\s+([^,“”"]{3,140}?),\s*$/

const twoDescriptionsBefore = (
  before: string,
  context: SpeakerContext,
): { speaker: Speaker; phraseStart: number } | undefined => {
  const m = TWO_APPOSITIONS.exec(before)
  if (!m?.[1] || !m[2] || !m[3] || !DESCRIPTION.test(m[2]) || !DESCRIPTION.test(m[3]))
    return undefined
  const at = m.index + m[0].indexOf(m[1])
  const speaker = resolveSpeaker(m[1], at, context)
  if (speaker?.asserter.type !== 'actor' || !speaker.isPerson) return undefined
  const role = m[2].replace(/^(?:the|an?)\s+/i, '').slice(0, 200)
  return { speaker: speaker.role ? speaker : { ...speaker, role }, phraseStart: at }
}

export const appositionBefore = (
  before: string,
  context: SpeakerContext,
): { speaker: Speaker; phraseStart: number } | undefined => {
  const m = APPOSITION.exec(before)
  if (!m?.[1] || !m[2]) return undefined
  if (!DESCRIPTION.test(m[2])) {
    // "the head of the regional administration, Ivan Petrenko, said": the name comes second
    const at = m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length)
    const named = DESCRIPTION.test(m[1]) ? resolveSpeaker(m[2], at, context) : undefined
    if (!named?.isPerson) return undefined
    const role = m[1].replace(/^(?:the|an?)\s+/i, '').slice(0, 200)
    return {
      speaker: named.role ? named : { ...named, role },
      phraseStart: m.index + m[0].indexOf(m[1]),
    }
  }
  const at = m.index + m[0].indexOf(m[1])
  const speaker = resolveSpeaker(m[1], at, context)
  if (speaker?.asserter.type !== 'actor')
    return DESCRIPTION.test(m[1]) ? twoDescriptionsBefore(before, context) : undefined
  const role = m[2].replace(/^(?:the|an?)\s+/i, '').slice(0, 200)
  return {
    speaker: speaker.isPerson && !speaker.role ? { ...speaker, role } : speaker,
    phraseStart: at,
  }
}

/**
 * "Mark Rutte, NATO's secretary general said": a name and its description with the comma after
 * the description left out, as hurried copy does. Only a known or well-formed person's name
 * before a description that names an office speaks; "In Kyiv, the mayor said" has no name.
 */
const UNCLOSED =
  /(?:^|[,“”"]\s*|\s[—–]\s)(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+([^,“”"]{3,100}?)\s*$/u
const OFFICE =
  /\b(?:minister|secretary|president|governor|mayor|envoy|ambassador|head|chief|spokes(?:man|woman|person)|adviser|advisor|aide|commander|general|chancellor|director|official|representative|leader)\b/i

/** "On Monday, …", "In Kyiv, …": a lead-in set off by a comma, not a name. */
const NOT_A_NAME =
  /^(?:On|In|At|During|After|Before|From|For|With|By|Then|But|And|Also|Meanwhile|Earlier|Later|Today|Yesterday|Speaking|Separately|However|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/

export const unclosedAppositionBefore = (
  before: string,
  context: SpeakerContext,
): { speaker: Speaker; phraseStart: number } | undefined => {
  const m = UNCLOSED.exec(before)
  if (!m?.[1] || !m[2] || !DESCRIPTION.test(m[2]) || !OFFICE.test(m[2]) || NOT_A_NAME.test(m[1]))
    return undefined
  const at = m.index + m[0].indexOf(m[1])
  // "On Monday, Kremlin spokesman Dmitry Peskov said": the description names its holder itself
  const inner = resolveSpeaker(m[2], at + m[0].indexOf(m[2], m[1].length), context)
  if (inner?.isPerson) return undefined
  const speaker = resolveSpeaker(m[1], at, context)
  if (speaker?.asserter.type !== 'actor' || !speaker.isPerson) return undefined
  const role = m[2].replace(/^(?:the|an?)\s+/i, '').slice(0, 200)
  return { speaker: speaker.role ? speaker : { ...speaker, role }, phraseStart: at }
}
