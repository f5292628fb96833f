import type { Lexicon } from '@sitrep/domain'
import { knownActor } from './names.ts'

/**
 * Bodies a speaker phrase names: "Ukraine’s air force", "the Ministry of Defence" read as the
 * ministry of the state the article is about, "the Danish Ministry of Defense" named in full.
 */

export const INSTITUTION =
  /\b(?:Service|Ministry|Agency|Office|Committee|Council|Administration|Authority|Forces?|Staff|Command|Department|Commission|Guard)\b/i

export const DEMONYM_OF: Record<string, string> = {
  ukraine: 'Ukrainian',
  russia: 'Russian',
  germany: 'German',
  norway: 'Norwegian',
  'united-kingdom': 'British',
  'united-states': 'US',
  france: 'French',
  poland: 'Polish',
}

/**
 * "Ukraine’s air force" and "Russia’s Defence Ministry" are written with a possessive; the
 * dictionary lists "Ukrainian Air Force". "The Ministry of Defence" alone is read as the
 * ministry of the state the article is about at that point.
 */
export const resolveInstitution = (
  text: string,
  stateHint: string | undefined,
  lexicon: Lexicon,
  defender?: string,
): string | undefined => {
  // "…, the ministry said" under a count of drones downed: the defending side's defence ministry
  const defending = defender ? DEMONYM_OF[defender] : undefined
  if (defending && /^the (?:defen[cs]e )?ministry$/i.test(text))
    return knownActor(`${defending} Defence Ministry`, lexicon)
  // "the Defense Ministry in Moscow": a ministry by its capital, as "Russian Defense Ministry"
  const seat = / in (?:Moscow|Kyiv|Kiev)$/.test(text)
    ? /^(?:the\s+)?(.+?)\s+in\s+(Moscow|Kyiv|Kiev)$/i.exec(text)
    : null
  if (seat?.[1] && seat[2] && INSTITUTION.test(seat[1])) {
    const of = DEMONYM_OF[/^Mos/i.test(seat[2]) ? 'russia' : 'ukraine']
    const id = knownActor(`${of} ${seat[1]}`, lexicon)
    if (id) return id
  }
  const bare = text.replace(/^the\s+/i, '')
  const rewritten = bare.replace(/^(\p{Lu}\p{Ll}+)[’']s\s+/u, (_, state: string) => {
    const id = knownActor(state, lexicon)
    return id && DEMONYM_OF[id] ? `${DEMONYM_OF[id]} ` : `${state}’s `
  })
  // "Ministry of Defense of the Russian Federation": the dictionary spells one of the two
  const direct =
    knownActor(rewritten, lexicon) ??
    (/Defen[cs]e/.test(rewritten)
      ? knownActor(
          rewritten.replace(/Defen[cs]e/g, (w) => (w === 'Defense' ? 'Defence' : 'Defense')),
          lexicon,
        )
      : undefined)
  if (direct) return direct
  const demonym = stateHint ? DEMONYM_OF[stateHint] : undefined
  return demonym && INSTITUTION.test(bare) ? knownActor(`${demonym} ${bare}`, lexicon) : undefined
}

/** A body's full name after a demonym: "Danish Ministry of Defense", "Swedish Armed Forces". */
export const NATIONAL_BODY =
  /^(?:the\s+)?((\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Ministry|Agency|Department|Office|Council|Committee|Service|Administration|Armed Forces)(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}\p{Ll}+(?:\s+(?:and\s+)?\p{Lu}\p{Ll}+){0,2})?)$/u
