import type { Lexicon } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import { knownActor, stateOfDemonym, stateOfPlace } from './names.ts'
import { capitalOf } from './places.ts'

/**
 * States named as parties: "Ukraine and Russia", and capitals as metonyms ("Kiev and Moscow").
 * When the sentence says between whom ("talks between delegations from Kyiv and Moscow") or whose
 * people met ("U.S. and Russian officials", with the broker of "US-brokered talks"), only those;
 * sides of the war named as its sides ("since Russia's invasion of Ukraine") are none.
 */
export const partiesIn = (s: ArticleSentence, text: string, lexicon: Lexicon): string[] => {
  const between =
    /\bbetween\s+[^.;]+?(?=,\s+(?:followed|which|where|when|while|as|after|but|marking|amid|with)\b|\s+(?:in|on|at|last|this|since)\s|[.;]|$)/u.exec(
      s.text,
    )
  const inBetween = (n: { start: number }) =>
    between !== null &&
    n.start >= s.start + between.index &&
    n.start < s.start + between.index + between[0].length
  const all = namedParties(s, text, lexicon)
  const chosen = all.filter((p) => inBetween(p))
  if (new Set(chosen.map((p) => p.id)).size >= 2) return [...new Set(chosen.map((p) => p.id))]
  // "Ukrainian-US negotiations", "Russia-Ukraine talks": the pair the talks are named by
  const paired = pairedSides(s.text, lexicon)
  if (paired.length >= 2) return [...new Set([...paired, ...brokersIn(s.text, lexicon)])]
  // "U.S. and Russian officials concluded talks … on a ceasefire involving Kyiv and Moscow": the
  // sides whose people met, not every state the sentence names
  const delegates = new Set(delegatesIn(withoutSpeaker(s), lexicon).map((d) => d.id))
  // "… officials began talks with Ukraine": the side met is a side too
  const met = (p: { start: number }) =>
    /\b(?:talks|negotiations|discussions|consultations|met|meet|meeting)\s+with\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, p.start - 40), p.start),
    )
  const sides = all.filter((p) => delegates.has(p.id) || met(p)).map((p) => p.id)
  return delegates.size >= 2
    ? [...new Set([...sides, ...brokersIn(s.text, lexicon)])]
    : [...new Set(all.map((p) => p.id))]
}

const namedParties = (
  s: ArticleSentence,
  text: string,
  lexicon: Lexicon,
): { id: string; start: number }[] => [
  ...(actsAtTable(s) ? [...s.speakerNames, ...s.names] : s.names).flatMap((n) => {
    // "in Belarus", "Turkey’s Istanbul": the host, not a side
    if (hostAt(n, text) || warSide(n, text) || pressing(n, text)) return []
    const actor = n.actorId ? lexicon.actor(n.actorId) : undefined
    if (actor?.kind === 'state') return [{ id: actor.id, start: n.start }]
    // "Putin and Trump met in Alaska": leaders meet for their states
    if (actor?.kind === 'person' && actor.stateId) return [{ id: actor.stateId, start: n.start }]
    const state = n.placeId ? stateOfPlace(n.placeId, lexicon) : undefined
    return n.placeId && state && capitalOf(state) === n.placeId
      ? [{ id: state, start: n.start }]
      : []
  }),
  ...delegatesIn(withoutSpeaker(s), lexicon).map((d) => ({ id: d.id, start: s.start + d.at })),
  ...brokersIn(s.text, lexicon).map((id) => ({ id, start: s.start })),
]

/** "Ukrainian-US peace plan negotiations", "the Russia–Ukraine talks", "U.S.-Russian summit". */
const PAIRED =
  /(?<![\p{L}.-])(U\.S\.|US|USA|\p{Lu}\p{Ll}+)[-–](U\.S\.|US|USA|\p{Lu}\p{Ll}+)(?![\p{L}-])(?=\s+(?:[\p{L}-]+\s+){0,3}?(?:talks|negotiations|negotiators|meetings?|summit|consultations|discussions|dialogue|delegations?|contacts)\b)/gu

const pairSide = (name: string, lexicon: Lexicon): string | undefined => {
  if (/^(?:U\.S\.|US|USA)$/.test(name)) return 'united-states'
  const id = stateOfDemonym(name) ?? DEMONYM_MORE[name] ?? knownActor(name, lexicon)
  const actor = id ? lexicon.actor(id) : undefined
  // "the Trump-Putin summit": leaders stand for their states
  if (actor?.kind === 'person') return actor.stateId
  return actor?.kind === 'state' ? actor.id : undefined
}

const pairedSides = (text: string, lexicon: Lexicon): string[] =>
  !/[-–]/.test(text)
    ? []
    : [...text.matchAll(PAIRED)].flatMap((m) => {
        const a = pairSide(m[1] ?? '', lexicon)
        const b = pairSide(m[2] ?? '', lexicon)
        return a && b && a !== b ? [a, b] : []
      })

const BROKERED = /-(?:brokered|mediated)\b/

/** "US-brokered talks", "Turkish-mediated talks": the mediator sits at the table as a side. */
const brokersIn = (text: string, lexicon: Lexicon): string[] =>
  // the suffix first: the pattern opens on a capital of any script, slow to try everywhere
  !BROKERED.test(text)
    ? []
    : [
        ...text.matchAll(/\b(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)-(?:brokered|mediated)\b/gu),
      ].flatMap((m) => {
        const name = m[1] ?? ''
        const id = stateOfDemonym(name) ?? knownActor(name, lexicon)
        return id && lexicon.actor(id)?.kind === 'state' ? [id] : []
      })

/**
 * "Russia’s invasion of Ukraine", "the war in Ukraine": the war's sides, not the talks'; nor is
 * the side whose answer a proposal awaits ("contingent upon Russia's agreement"), nor the side a
 * ceasefire discussed elsewhere is with ("a proposal for a 30-day cease-fire with Russia").
 */
const warSide = (n: { start: number; end: number }, text: string): boolean =>
  /\b(?:invasion of|invaded|war (?:in|on|against|with)|aggression against|attacks? on|(?:cease-?fire|truce) with)\s+(?:the\s+)?$/i.test(
    text.slice(Math.max(0, n.start - 24), n.start),
  ) ||
  TOPIC_STATE.test(text.slice(Math.max(0, n.start - 40), n.start)) ||
  // "since Russia invaded in February 2022": the invader named as such
  /^\s+(?:invaded|attacked|launched (?:its|a|the) (?:full-scale )?(?:invasion|war))\b/i.test(
    text.slice(n.end, n.end + 40),
  ) ||
  /^[’']s\s+(?:(?:full-scale|ongoing|nearly|[\w-]+-year|brutal|illegal|unprovoked)\s+)*(?:invasion|war|aggression|offensive|agreement|consent|approval|response|answer)\b/i.test(
    text.slice(n.end, n.end + 60),
  )

/**
 * "the US special envoy for Ukraine negotiations", "a ceasefire agreement on Ukraine", "talks on
 * Ukraine": the state a post, deal or talks are about, not a side at the table.
 */
const TOPIC_STATE =
  /\b(?:envoys?|representatives?|advis[eo]rs?|agreements?|deal|cease-?fire|truce|plan|talks|negotiations|summit|settlement|peace|policy|conflict|crisis)\s+(?:for|on|over|about|regarding|concerning)\s+(?:the\s+)?$/i

/** "despite pressure from U.S. President Donald Trump": who presses the sides sits with neither. */
const pressing = (n: { start: number }, text: string): boolean =>
  /\b(?:pressure|calls?|demands?|appeals?|urging|criticism|threats?)\s+(?:from|by)\s+(?:[\p{L}.]+\s+){0,4}$/iu.test(
    text.slice(Math.max(0, n.start - 60), n.start),
  )

/** "…, Turkish officials said": the speaker's side is no side of the talks. */
const withoutSpeaker = (s: ArticleSentence): string => {
  const a = s.attribution
  if (!a || s.inherited || a.verbEnd <= a.speakerStart) return s.text
  const from = a.speakerStart - s.start
  const to = a.verbEnd - s.start
  // "U.S. and Ukrainian negotiators wrapped up talks in Geneva, saying …": the sides who speak
  // are the sides who met, and the place is where
  if (PARTICIPLE_TAIL.test(s.text.slice(from, to))) return s.text
  if (actsAtTable(s)) return s.text
  return s.text.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + s.text.slice(to)
}

/** Verbs of the sides' own acts at the table, which the attribution reads as speaking. */
const ACTING_VERB = /\b(?:proposed|propose|proposes|offered|agreed|accepted|suggested)\s*$/

/**
 * "the United States and Ukraine have proposed a 30-day ceasefire … following discussions": those
 * who propose or agree at talks act there, they do not merely speak of them.
 */
export const actsAtTable = (s: ArticleSentence): boolean => {
  const a = s.attribution
  return (
    a !== undefined &&
    !s.inherited &&
    a.verbEnd > a.speakerStart &&
    ACTING_VERB.test(s.text.slice(a.speakerStart - s.start, a.verbEnd - s.start))
  )
}

/** An attribution by ", saying" after a clause of its own, whose names are the clause's. */
const PARTICIPLE_TAIL = /,\s+(?:saying|noting|stressing|calling|adding|warning)\s+(?:that\s+)?$/

/** The sentence's place names, with those of a ", saying" clause the speaker phrase took in. */
export const namesOf = (s: ArticleSentence) => {
  const a = s.attribution
  const clause =
    a &&
    !s.inherited &&
    PARTICIPLE_TAIL.test(s.text.slice(a.speakerStart - s.start, a.verbEnd - s.start))
  return clause ? [...s.names, ...s.speakerNames] : s.names
}

export const hostAt = (n: { start: number; end: number }, text: string): boolean =>
  (/\b(?:in|to|at)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, n.start - 8), n.start)) &&
    // "a proposal viewed as favourable to Moscow": the capital stands for its state
    !ATTITUDE_TO.test(text.slice(Math.max(0, n.start - 30), n.start))) ||
  // "in Antalya, Turkey": the country after the city it holds
  /\b(?:in|to|at)\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,\s+$/u.test(
    text.slice(Math.max(0, n.start - 40), n.start),
  ) ||
  /^[’']s\s+\p{Lu}/u.test(text.slice(n.end, n.end + 4))

const ATTITUDE_TO =
  /\b(?:favou?rable|friendly|hostile|loyal|acceptable|close|closer|opposed|sympathetic|beneficial)\s+to\s+$/i

/** "Ukrainian and Russian negotiators", "senior US and Russian officials": sides by demonym. */
const DELEGATES =
  /\b((?:(?:\p{Lu}[\p{L}.]*|senior|top)(?:,\s*(?:and\s+)?|\s+and\s+|\s+))+)(?:officials|delegations?|negotiators|representatives|teams|envoys|diplomats|(?:foreign |defen[cs]e |prime )?ministers|leaders|presidents|heads of state)\b/gu

/** Sides that meet, spelt as a demonym the actor dictionary does not list. */
const DEMONYM_MORE: Record<string, string> = {
  Saudi: 'saudi-arabia',
  Emirati: 'united-arab-emirates',
  Belarusian: 'belarus',
}

/** Words DELEGATES and DELEGATES_FROM must contain: most sentences name no delegates at all. */
const DELEGATE_WORD =
  /officials|delegation|negotiators|representatives|teams|envoys|diplomats|ministers|leaders|presidents|heads of state/i

const delegatesIn = (sentence: string, lexicon: Lexicon): { id: string; at: number }[] =>
  DELEGATE_WORD.test(sentence) ? delegatesNamed(sentence, lexicon) : []

const delegatesNamed = (sentence: string, lexicon: Lexicon): { id: string; at: number }[] => [
  ...[...sentence.matchAll(DELEGATES)].flatMap((m) =>
    (m[1] ?? '')
      .split(/,\s*|\s+and\s+|\s+/)
      .map((w) =>
        /^(?:US|U\.S\.?|USA)$/.test(w) ? 'united-states' : (stateOfDemonym(w) ?? DEMONYM_MORE[w]),
      )
      .filter((id): id is string => id !== undefined)
      .map((id) => ({ id, at: m.index })),
  ),
  // "Senior officials from the United States, Europe and Ukraine convened": the states listed
  ...[...sentence.matchAll(DELEGATES_FROM)].flatMap((m) =>
    (m[1] ?? '')
      .split(/,\s*(?:and\s+)?|\s+and\s+/)
      .map((w) => w.replace(/^the\s+/i, '').trim())
      .map((w) => knownActor(w, lexicon))
      .filter((id): id is string => id !== undefined && lexicon.actor(id)?.kind === 'state')
      .map((id) => ({ id, at: m.index })),
  ),
]

const DELEGATES_FROM =
  /\b(?:[Oo]fficials|[Dd]elegations?|[Nn]egotiators|[Rr]epresentatives|[Tt]eams|[Ee]nvoys|[Dd]iplomats|(?:[Ff]oreign |[Dd]efen[cs]e )?[Mm]inisters|[Ll]eaders|[Pp]residents)\s+(?:from|of)\s+((?:(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*(?:,\s*(?:and\s+)?|\s+and\s+)?){2,5})/gu

const MEETS =
  /\b(?:met|meet|meets|meeting|summit|convened|convene|gathered|sat down|host(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|welcom(?:e|es|ed|ing))\b/i

/**
 * "Putin and Trump met in Alaska", "Witkoff is due to meet Putin", "Ukrainian and Russian
 * delegations are expected to meet", "Putin received Witkoff in the Kremlin": people of two states
 * meeting are talks, whatever the noun.
 */
export const meetingOfSides = (s: ArticleSentence, lexicon: Lexicon): boolean => {
  if (!MEETS.test(s.text)) return false
  const sides = new Set(delegatesIn(withoutSpeaker(s), lexicon).map((d) => d.id))
  // "the Trump-Putin summit", "a US-Russian meeting"
  for (const id of pairedSides(s.text, lexicon)) sides.add(id)
  for (const n of [...s.names, ...s.speakerNames]) {
    const actor = n.actorId ? lexicon.actor(n.actorId) : undefined
    if (actor?.kind === 'person' && actor.stateId) sides.add(actor.stateId)
  }
  return sides.size >= 2
}
