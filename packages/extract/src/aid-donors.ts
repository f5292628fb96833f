import type { Lexicon, NewName } from '@sitrep/domain'
import { type CountryMention, countriesIn } from './aid-countries.ts'
import { GIVING_DELIVERY, GIVING_PLEDGE } from './aid-giving.ts'
import { DELIVERY, FUTURE_DELIVERY_VERB, PLEDGE } from './aid-stage.ts'
import type { ArticleSentence } from './article.ts'
import {
  findNames,
  knownActor,
  knownPlace,
  proposedId,
  stateOfDemonym,
  stateOfPlace,
} from './names.ts'

// "the G7" is a group of givers too, the one name with a digit
const NAME = /^(?:[Tt]he\s+)?(G-?\d{1,2}|\p{Lu}[\p{L}’'-]+(?:[ -]\p{Lu}[\p{L}’'-]+){0,2})$/u
const NOT_A_GIVER =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|It|He|She|They|We|President|Minister|Prime|Mayor|Governor|Ukraine|Kyiv|Kiev|Allies|Partners|Countries|Nations|Members|Officials|Leaders|Ambassadors|Diplomats|Ministers|Lawmakers|Senators|Donors|Western|Europeans?)\b/

/** Capitalised words only, a title before a name: "US President Joe Biden", "Chancellor Olaf Scholz". */
const TITLED_NAME = /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}\p{Lu}[\p{L}’'-]+$/u
const LEADER = /\b(?:President|Prime Minister|Premier|Chancellor)\b/

const leaderState = (part: string, lexicon: Lexicon): string | undefined => {
  if (!TITLED_NAME.test(part) || !LEADER.test(part)) return undefined
  const last = findNames(part, 0, lexicon).at(-1)
  const actor = last?.actorId ? lexicon.actor(last.actorId) : undefined
  return actor?.kind === 'person' && last?.end === part.length ? actor.stateId : undefined
}

/**
 * "Washington has approved …", "Berlin will send …": the capitals of giving states stand for
 * them as subjects. The gazetteer flags no capital, so the seats of government it holds are named.
 */
const CAPITAL_SEATS = new Set([
  'us-washington',
  'de-berlin',
  'gb-london',
  'fr-paris',
  'pl-warsaw',
  'no-oslo',
])

/** Seats of giving states the gazetteer does not hold ("Tokyo will provide …"). */
const CAPITAL_OF: Record<string, string> = {
  Tokyo: 'japan',
  Ottawa: 'canada',
  Canberra: 'australia',
  Rome: 'italy',
  Madrid: 'spain',
  Lisbon: 'portugal',
  Stockholm: 'sweden',
  Copenhagen: 'denmark',
  Helsinki: 'finland',
  'The Hague': 'netherlands',
  Hague: 'netherlands',
  Prague: 'czechia',
  Vilnius: 'lithuania',
  Riga: 'latvia',
  Tallinn: 'estonia',
}

const capitalGiver = (name: string, lexicon: Lexicon): string | undefined => {
  const place = knownPlace(name, lexicon)
  if (place) return CAPITAL_SEATS.has(place) ? stateOfPlace(place, lexicon) : undefined
  const state = CAPITAL_OF[name]
  return state && lexicon.actor(state) ? state : undefined
}

export interface Givers {
  readonly ids: string[]
  readonly newNames: NewName[]
}

/**
 * The givers named as the subject of a pledge: "The Netherlands and Denmark have said they will
 * give …", "…, stated that Denmark would donate …". The subject starts after the last "that" or
 * comma before the verb and may list several states; a name the dictionary lacks is flagged.
 */
export const subjectGivers = (
  s: ArticleSentence,
  from: number,
  verbAt: number,
  lexicon: Lexicon,
): Givers => {
  const lead = s.text.slice(from, verbAt)
  const clause = Math.max(lead.lastIndexOf(' that '), lead.lastIndexOf(','))
  const start = from + (clause < 0 ? 0 : clause + (lead.startsWith(' that ', clause) ? 6 : 1))
  const subject = s.text
    .slice(start, verbAt)
    .replace(/\s+(?:(?:have|has|had|will|would|also|already|said|say|says|they|now)\s+)*$/i, '')
    .replace(/\s+(?:have|has|had|will|would|also|already|said|say|says|they)$/i, '')
  const parts = subject.split(/,\s*(?:and\s+)?|\s+and\s+/)
  const ids: string[] = []
  const newNames: NewName[] = []
  let at = start
  for (const part of parts) {
    // "US President Joe Biden has signed …": a head of state or government gives for the state
    const leader = leaderState(part.trim(), lexicon)
    if (leader) {
      ids.push(leader)
      continue
    }
    const m = NAME.exec(part.trim())
    const name = m?.[1]
    if (!name || NOT_A_GIVER.test(name) || stateOfDemonym(name)) return { ids: [], newNames: [] }
    const known = knownActor(name, lexicon) ?? capitalGiver(name, lexicon)
    const begin = s.start + s.text.indexOf(name, at)
    at = begin - s.start + name.length
    // "The Pentagon will send": a state's body gives for the state
    const actor = known ? lexicon.actor(known) : undefined
    if (known) ids.push(actor && actor.kind !== 'state' && actor.stateId ? actor.stateId : known)
    else {
      ids.push(proposedId(name))
      newNames.push({
        type: 'actor',
        name,
        proposedId: proposedId(name),
        span: { start: begin, end: begin + name.length },
      })
    }
  }
  return { ids: ids.filter((id) => id !== 'ukraine'), newNames }
}

/** Givers named before the verb, "his country" as the speaker's state, as states. */
/**
 * "in Japan", "to Canada", "visited Italy": a host or destination gives nothing, nor does the
 * country of a dateline ("BRUSSELS, Belgium –").
 */
const HOSTED = /\b(?:in|to|at|visit(?:ed|ing)?)\s+(?:the\s+)?$|\b\p{Lu}{3,},\s*$/u

const giversOf = (mentions: readonly CountryMention[]): Givers => ({
  ids: [...new Set(mentions.map((c) => c.id))],
  newNames: mentions.flatMap((c) => (c.newName ? [c.newName] : [])),
})

/** The rest of a list of givers after its first name: ", Estonia, Finland, and Sweden". */
const BY_LIST_TAIL =
  /^(?:,?\s+(?:and\s+)?(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?(?![\p{L}-]))+/u

export const donorsIn = (
  s: ArticleSentence,
  content: string,
  offset: number,
  lexicon: Lexicon,
): Givers => {
  const by =
    /\b(?:financed|funded|paid for|announced|pledged|approved|unveiled|provided|donated|supplied|sent|delivered) by (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u.exec(
      content,
    )
  const financier = by?.[1]
  const known = financier ? knownActor(financier, lexicon) : undefined
  const payerActor = known ? lexicon.actor(known) : undefined
  // "was announced by the Pentagon": a state's body gives for its state
  const payer = payerActor?.kind === 'state' ? payerActor.id : payerActor?.stateId
  // "funded by Denmark, Estonia, Finland … and Sweden": every state of the list gives
  const tail = by && financier ? BY_LIST_TAIL.exec(content.slice(by.index + by[0].length)) : null
  if (by && financier && tail) {
    const at = by.index + by[0].length - financier.length
    const listed = statesNamed(
      s,
      content.slice(at, at + financier.length + tail[0].length),
      offset + at,
      lexicon,
    )
    if (listed.ids.length > 1) return listed
  }
  if (payer && payer !== 'ukraine') return { ids: [payer], newNames: [] }
  // "was financed by Canada": a state the dictionary lacks
  const unknownPayer =
    by && financier && !known
      ? countriesIn(financier, offset + by.index + by[0].length - financier.length, lexicon)
      : []
  if (unknownPayer.length > 0) return giversOf(unknownPayer)
  // "Ukraine has received the systems from the US, the Netherlands and Germany"; "Ukraine has
  // signed a loan agreement with Japan": the other side of the recipient's own deal
  const fromList =
    /\b(?:Ukraine|Kyiv|Kiev)\b[^.]{0,40}?\b(?:received|receives|(?:will|is to|is set to|should) (?:receive|get)|got)\b(?:[^.]|\.(?=\d))*?\bfrom\s+((?:the\s+)?\p{Lu}[^.;]*)/u.exec(
      content,
    ) ??
    /^\s*(?:Ukraine|Kyiv|Kiev)\b[^.]{0,30}?\b(?:signed|inked|concluded|agreed)\b[^.;]{0,80}?\b(?:loan|grant|credit|financing|funding|aid|assistance)\b[^.;]{0,20}?\bwith\s+((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)/u.exec(
      content,
    )
  if (fromList?.[1]) {
    const at = offset + content.indexOf(fromList[1])
    const end = at + fromList[1].length
    // "from the European Union's Ukraine Facility": a union of states gives as a state does
    const giving = new Set(['state', 'international-organisation'])
    const known = s.names.flatMap((n) =>
      n.actorId &&
      n.start >= at &&
      n.start < end &&
      giving.has(lexicon.actor(n.actorId)?.kind ?? '')
        ? [{ id: n.actorId, start: n.start, end: n.end }]
        : [],
    )
    const listed = content.slice(at - offset, end - offset)
    const from = [...known, ...countriesIn(listed, at, lexicon)].filter((c) => c.id !== 'ukraine')
    if (from.length > 0) return giversOf(from)
  }
  const verb =
    PLEDGE.exec(content) ??
    GIVING_PLEDGE.exec(content) ??
    DELIVERY.exec(content) ??
    GIVING_DELIVERY.exec(content) ??
    FUTURE_DELIVERY_VERB.exec(content)
  if (!verb) return { ids: [], newNames: [] }
  const cut = offset + verb.index
  const named = s.names.flatMap((n) =>
    n.actorId && n.start >= offset && n.start < cut
      ? [{ id: lexicon.actor(n.actorId)?.stateId ?? n.actorId, start: n.start }]
      : [],
  )
  const hosted = (c: { readonly start: number }) =>
    HOSTED.test(content.slice(Math.max(0, c.start - offset - 12), c.start - offset))
  // "Japan on Monday said it has sent …": a state the dictionary lacks gives as well
  const unknown = countriesIn(content.slice(0, cut - offset), offset, lexicon).filter(
    (c) => !hosted(c),
  )
  const states = [...named.filter((c) => !hosted(c)), ...unknown]
    .sort((a, b) => a.start - b.start)
    .map((c) => c.id)
  const speaker = s.attribution?.speaker.asserter
  if (/\b(?:his|her|its) country\b/i.test(content) && speaker?.type === 'actor') {
    const st = lexicon.actor(speaker.actorId)?.stateId
    if (st) states.push(st)
  }
  const givers = new Set(['state', 'international-organisation'])
  const ids = [...new Set(states)].filter(
    (id) =>
      id !== 'ukraine' &&
      (givers.has(lexicon.actor(id)?.kind ?? '') || unknown.some((c) => c.id === id)),
  )
  const newNames = unknown.flatMap((c) => (c.newName ? [c.newName] : []))
  const subject = subjectGivers(s, offset - s.start, cut - s.start, lexicon)
  // "Latvia and Norway would give": the subject names a giver the dictionary lacks as well
  if (
    ids.length > 0 &&
    !(subject.ids.length > ids.length && ids.every((id) => subject.ids.includes(id)))
  )
    return { ids, newNames }
  if (subject.ids.length > 0) return subject
  // "The Pentagon has announced a new package": a giving state's body speaks for it; so does
  // the official whose own words are the pledge ("the German minister revealed plans for …")
  const a = s.attribution
  const body = a?.speaker
  const pledging = a !== undefined && !s.inherited && cut >= a.speakerStart && cut <= a.verbEnd
  const bodyState =
    (body?.attribution === 'official-body' || pledging) && body?.asserter.type === 'actor'
      ? lexicon.actor(body.asserter.actorId)?.stateId
      : undefined
  if (bodyState && bodyState !== 'ukraine' && bodyState !== 'russia')
    return { ids: [bodyState], newNames: [] }
  // "The UK government said it would give …": an unnamed body of a state that says it gives
  const ownBody =
    body?.asserter.type === 'unnamed' &&
    /\b(?:it|they)\s+(?:would|will|has|had|is|are|plans?)\b/i.test(content)
      ? body.asserter.affiliationId
      : undefined
  if (
    ownBody &&
    lexicon.actor(ownBody)?.kind === 'state' &&
    !['ukraine', 'russia'].includes(ownBody)
  )
    return { ids: [ownBody], newNames: [] }
  if (subject.ids.length > 0) return subject
  // "… four Patriot systems from the US, Germany and Romania": where what is given comes from
  const from = /\bfrom\s+(?:the\s+)?(?=\p{Lu})/u.exec(content)
  if (!from) return subject
  const at = from.index + from[0].length
  const sources = statesNamed(s, content.slice(at), offset + at, lexicon)
  const origins = sources.ids.filter((id) => id !== 'russia')
  return { ids: origins, newNames: sources.newNames.filter((n) => origins.includes(n.proposedId)) }
}

/** Every state a clause names, in order, the dictionary's and the ones it lacks. */
export const statesNamed = (
  s: ArticleSentence,
  content: string,
  offset: number,
  lexicon: Lexicon,
): Givers => {
  const end = offset + content.length
  const known = s.names.flatMap((n) =>
    n.actorId && n.start >= offset && n.end <= end && lexicon.actor(n.actorId)?.kind === 'state'
      ? [{ id: n.actorId, start: n.start, end: n.end }]
      : [],
  )
  const all = [...known, ...countriesIn(content, offset, lexicon)]
    .filter((c) => c.id !== 'ukraine')
    .sort((a, b) => a.start - b.start)
  return giversOf(all)
}
