import type { Asserter, AttributionKind, IsoDate, Lexicon, NewName } from '@sitrep/domain'
import { countryOfDemonym } from './aid-countries.ts'
import { findNames, knownActor, proposedId, stateOfDemonym } from './names.ts'
import { INSTITUTION, NATIONAL_BODY, resolveInstitution } from './speaker-institution.ts'
import { personOfPlace } from './speaker-name-of-place.ts'
import { stateOffice } from './speaker-office-on-date.ts'
import { regionalBody } from './speaker-regional-body.ts'
import { officeHolderBefore, titleHolderBefore } from './speaker-title-holder.ts'
import { unknownSpeaker } from './speaker-unknown-name.ts'
import { capitalSpeaker, ONE_UNNAMED, UNNAMED_GROUP, unnamedGroup } from './speaker-unnamed.ts'
import { presidencyOf, unqualifiedBody } from './speaker-unqualified-body.ts'

/** Who a phrase such as "Kremlin spokesman Dmitry Peskov" or "Officials in Kiev" names. */
export interface Speaker {
  readonly asserter: Asserter
  readonly attribution: AttributionKind
  /** How the source describes the speaker: "Kremlin spokesman". */
  readonly role?: string
  readonly isPerson: boolean
  readonly isOutlet: boolean
  readonly newName?: NewName
}

/** What the article has said so far that helps read a speaker phrase. */
export interface SpeakerContext {
  /** The last person who spoke: "he", "the general". */
  readonly previousPerson?: Speaker
  /** The last body that spoke: "it", "the ministry". */
  readonly previousBody?: Speaker
  /** The state the sentence is about (its places) or the last speaker's: "the regional governor". */
  readonly stateHint?: string
  /**
   * The side an attack the sentence tells of was aimed at ("Russia launched 40 drones at
   * Ukraine"): whose air force counts them, whose ministry reports them downed.
   */
  readonly defender?: string
  /** The side an earlier sentence's attack was aimed at: "…, the Air Force said" a line later. */
  readonly struck?: string
  /** The article before this sentence: "Kiper" after "Oleh Kiper expressed condolences". */
  readonly before?: string
  /** Names already flagged as new: "Kiper" after "Oleh Kiper". */
  readonly newNames: readonly NewName[]
  /** The dictionaries names resolve against. */
  readonly lexicon: Lexicon
  /** The article's day: who held an office then ("Ukraine's foreign minister"). */
  readonly day?: IsoDate
}

const PRONOUN =
  /^(?:he|she|him|her|(?:his|her) (?:words|data)|the head of state|the (?:general|minister|mayor|president|spokesman|spokeswoman|spokesperson|governor|chancellor|prime minister|commander|official|chief|head)|the (?:regional|region[’']s|administration|city|district|oblast|local) (?:chief|head)|the head of the (?:region|city|community|district|oblast))$/i
/** "the chief of the German Defence Ministry": who heads a body, not the body itself. */
const HEAD_OF_BODY =
  /^the (?:head|chief) of (?:the )?(?:[\p{L}'’-]+\s+){0,5}(?:[Mm]inistry|[Aa]dministration|[Oo]ffice|[Ss]ervice|[Dd]epartment|RMA|MVA|OVA|[Cc]ommittee)$/u
/** A role with its side or body before it: "the Kremlin official", "the Ukrainian diplomat". */
const QUALIFIED_ROLE =
  /^[Tt]he (?:\p{Lu}[\p{L}-]+\s+){1,2}(?:official|spokes(?:man|woman|person)|diplomat|minister|envoy|ambassador|politician|negotiator|aide)$/u
const ROLE_NOUN = /^the (?:mayor|governor|spokesman|spokeswoman|spokesperson|official)$/i
/**
 * Offices one person has held through the whole war: "the Ukrainian president", "the Kremlin
 * spokesman" name their holder. Offices whose holder changed (foreign ministers, envoys) do not.
 */
const OFFICE_HOLDERS: readonly [RegExp, string][] = [
  [/^(?:the )?(?:Ukrainian|Ukraine[’']s) (?:president|leader|head of state)$/i, 'zelensky'],
  [/^(?:the )?(?:Russian|Russia[’']s) (?:president|leader|head of state)$/i, 'putin'],
  [/^(?:the )?(?:Kremlin|Putin)(?:[’']s)? (?:spokesman|spokesperson|press secretary)$/i, 'peskov'],
  [/^(?:the )?(?:Russian|Russia[’']s) foreign minister$/i, 'lavrov'],
  [
    /^(?:the )?(?:Russian |Russia[’']s )?(?:Foreign Ministry|foreign ministry)(?:[’']s)? spokes(?:woman|person)$/i,
    'zakharova',
  ],
]

const OFFICE_WORD = /president|leader|head of state|spokes|press secretary|foreign minister/i

/** A body named before: "It said", "the ministry said", "the agency added". */
const BODY_PRONOUN =
  /^(?:it|(?:the )?officials|the (?:(?:defen[cs]e )?ministry|agency|department|office|service|committee|administration|statement))$/i
/** "Ukraine reported … Officials confirmed": officials of a state are unnamed, not the state. */
const officialsOfState = (text: string, body: Speaker, lexicon: Lexicon): Speaker | undefined => {
  const id = body.asserter.type === 'actor' ? body.asserter.actorId : undefined
  if (!id || !/officials$/i.test(text) || lexicon.actor(id)?.kind !== 'state') return undefined
  return {
    asserter: { type: 'unnamed', description: 'officials', affiliationId: id },
    attribution: 'unnamed-officials',
    isPerson: false,
    isOutlet: false,
  }
}
const BODY_OF_STATE =
  /^(?:the\s+)?((?:\p{Lu}\p{L}+\s+)*(?:Ministry|Service|Office|Committee|Council|Agency|Department|Administration|Prosecutor[’']s Office)\s+of\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+(?:and\s+|of\s+(?:the\s+)?)?)*\p{Lu}\p{L}+)$/u

const fromActor = (id: string, role: string, lexicon: Lexicon): Speaker | undefined => {
  const actor = lexicon.actor(id)
  if (!actor) return undefined
  const isPerson = actor.kind === 'person'
  const isOutlet = actor.kind === 'news-agency'
  const cleanRole = role.replace(/^(?:the|a|an)\s+/i, '').replace(/[,\s]+$/, '')
  return {
    asserter: { type: 'actor', actorId: actor.id },
    attribution: isPerson ? 'named-official' : isOutlet ? 'media-report' : 'official-body',
    ...(isPerson &&
    cleanRole &&
    /\p{Lu}|\b(?:minister|spokes|mayor|governor|negotiator)/u.test(cleanRole)
      ? { role: cleanRole.slice(0, 200) }
      : {}),
    isPerson,
    isOutlet,
  }
}

/** The office of the president a name holds or held: "Zelenskiy" → the Office of the President. */
const presidentialOffice = (name: string, lexicon: Lexicon): string | undefined => {
  const id = knownActor(name, lexicon)
  const person = id ? lexicon.actor(id) : undefined
  const state = person?.stateId ? lexicon.actor(person.stateId) : undefined
  if (person?.kind !== 'person' || !state) return undefined
  if (!person.roles.some((r) => /^President of\b/.test(r.title))) return undefined
  return (
    lexicon.resolveActor(`Office of the President of ${state.name}`) ??
    lexicon.resolveActor(`Presidential Executive Office of ${state.name}`)
  )
}

/**
 * Resolves a speaker phrase. A pronoun or "the general" is the previous person who spoke; a
 * known name is that actor, with the words before it kept as the role; groups ("Ukrainian
 * officials", "the regional governor") are unnamed speakers with the side they belong to; an
 * unknown name becomes a new actor, flagged for the editor.
 */
export const resolveSpeaker = (
  phrase: string,
  offset: number,
  context: SpeakerContext,
): Speaker | undefined => {
  // "the press service of the Air Force", "the ministry's press service", "the country's air force"
  const text = phrase
    .trim()
    .replace(/[,;:]$/, '')
    .replace(/^(?:the\s+)?(?:press (?:service|office)|command) of\s+/i, '')
    // "the Air Force Command of the Armed Forces of Ukraine": the air force
    .replace(
      /^(?:the\s+)?Air Force(?:\s+Command)?\s+of (?:the Armed Forces of )?Ukraine(?:\s+\([A-Z]+\))?$/i,
      'the Ukrainian Air Force',
    )
    // "Ukraine’s Air Force Command", "the air force statement": the air force itself
    .replace(/\b(Air Force) (?:Command|statement|report|update)$/i, '$1')
    .replace(/[’']s press (?:service|office)$/i, '')
    .replace(/^(?:the\s+)?country[’']s\s+/i, 'the ')
    // "the Japanese Embassy in Ukraine": an embassy speaks for the state it serves, not its host
    .replace(
      /\b((?:[Ee]mbassy|[Cc]onsulate|[Mm]ission)(?: of (?:the )?\p{Lu}[\p{L}-]+)?)\s+in\s+\p{Lu}[\p{L}-]+$/u,
      '$1',
    )
  const lead = Math.max(0, phrase.indexOf(text))
  if (text === '' || text.split(/\s+/).length > 12) return undefined
  const ofPlace = personOfPlace(text, (head) => resolveSpeaker(head, offset + lead, context))
  if (ofPlace) return ofPlace
  const regional = regionalBody(text, context.lexicon)
  if (regional) return regional
  // "Zelenskiy's office said": the president's office, a body of its own
  const office = /^(.+?)[’']s office$/i.exec(text)?.[1]
  const presidency = office ? presidentialOffice(office, context.lexicon) : undefined
  if (presidency) return fromActor(presidency, '', context.lexicon)
  // "according to Khinshtein's report", "the governor's statement": the words of whoever made it
  const maker = /^(.{2,60}?)[’'](?:s\s+|\s+)(?:report|statement|message|post|update|data)$/i.exec(
    text,
  )?.[1]
  const made =
    maker && !/\b(?:media|press)$/i.test(maker)
      ? resolveSpeaker(maker, offset + lead, context)
      : undefined
  if (made) return made
  const presidencyOfState = presidencyOf(text, context.lexicon)
  if (presidencyOfState) return fromActor(presidencyOfState, '', context.lexicon)
  const holder = OFFICE_WORD.test(text)
    ? OFFICE_HOLDERS.find(([office]) => office.test(text))?.[1]
    : undefined
  if (holder && context.lexicon.actor(holder)) return fromActor(holder, text, context.lexicon)
  const stateOfficial = stateOffice(text, context.lexicon, context.day)
  if (stateOfficial?.holderId) return fromActor(stateOfficial.holderId, text, context.lexicon)
  if (stateOfficial)
    return {
      asserter: {
        type: 'unnamed',
        description: text.replace(/^the\s+/i, ''),
        affiliationId: stateOfficial.stateId,
      },
      attribution: 'unnamed-officials',
      isPerson: false,
      isOutlet: false,
    }
  const heldBy = titleHolderBefore(text, context.before)
  if (heldBy) return resolveSpeaker(heldBy, offset + lead, { ...context, before: '' })
  // "Pistorius … the chief of the German Defence Ministry emphasised": the person just named
  if (HEAD_OF_BODY.test(text) && context.previousPerson) return context.previousPerson
  // "the governor said" with no governor named before: an official of the side, unnamed
  const officeHolder = officeHolderBefore(text, context)
  if (officeHolder) return fromActor(officeHolder, '', context.lexicon)
  // "the Kremlin official added" after "Kremlin spokesman Dmitry Peskov": the person just named
  if (QUALIFIED_ROLE.test(text) && context.previousPerson) return context.previousPerson
  if (PRONOUN.test(text))
    return (
      context.previousPerson ??
      (ROLE_NOUN.test(text)
        ? unnamedGroup(text, offset + lead, context.stateHint, context.lexicon)
        : undefined)
    )
  // '"…," the post reads.': the words of whoever wrote the post just named
  if (/^the (?:post|message|publication)$/i.test(text))
    return context.previousPerson ?? context.previousBody
  // '"…," the statement said.', "the report says": the words of the body or person just heard
  if (
    /^(?:the|its|their) (?:statement|report|press release|communiqu[eé]|update|data)$/i.test(text)
  )
    return context.previousBody ?? context.previousPerson
  if (BODY_PRONOUN.test(text) && context.previousBody)
    return officialsOfState(text, context.previousBody, context.lexicon) ?? context.previousBody
  const capital = capitalSpeaker(text, context.lexicon, context.previousBody)
  if (capital) return capital
  const unqualified = unqualifiedBody(text, context.stateHint, context.lexicon)
  if (unqualified) return unqualified
  // the side attacked counts what flew at it: its air force, not that of a launch site named
  const institution =
    resolveInstitution(
      text,
      context.defender ?? context.stateHint,
      context.lexicon,
      context.defender,
    ) ??
    (context.struck && !context.defender
      ? resolveInstitution(text, context.struck, context.lexicon, context.struck)
      : undefined)
  if (institution) return fromActor(institution, '', context.lexicon)
  // "the Danish Ministry of Defense": a body named in full the dictionary lacks speaks as itself
  const national = NATIONAL_BODY.exec(text)
  if (
    national?.[1] &&
    national[2] &&
    (stateOfDemonym(national[2]) || countryOfDemonym(national[2]))
  )
    return newBody(national[1], offset + lead + text.indexOf(national[1]))
  const names = findNames(text, offset + lead, context.lexicon).filter((n) => n.actorId)
  const last = names.at(-1)
  const actor = last?.actorId ? context.lexicon.actor(last.actorId) : undefined
  // "Ukraine’s State Emergency Service": the state only qualifies a body the dictionary lacks.
  const rest = last ? text.slice(last.end - offset - lead) : ''
  const after = rest.replace(/^(?:[’']s|[.])?\s+/, '')
  // "US National Security Adviser Jake Sullivan": the person after a state; "Ukraine Air Force"
  // stays the state's, no new body
  const bodyOnly = /^[.]?\s/.test(rest) && INSTITUTION.test(after)
  // "The Ministry of Internal Affairs of Ukraine": a body of a state the dictionary lacks
  const body = actor?.kind === 'state' ? BODY_OF_STATE.exec(text)?.[1] : undefined
  if (body) return newBody(body, offset + lead + text.indexOf(body))
  if (actor?.kind === 'state' && /^\p{Lu}/u.test(after) && !bodyOnly) {
    const body = unknownSpeaker(after, offset + lead + text.length - after.length, context)
    if (body) return body
  }
  // "Putin's foreign policy aide Yuri Ushakov", "Kremlin aide Yuri Ushakov", "Pentagon Press
  // Secretary Todd Breasseale": the aide, a name the dictionary lacks, speaks
  const aide =
    /^\s*(?:(?:\p{Ll}[\p{L}-]*|Press|Secretary|Spokes(?:man|woman|person)|Minister|Head|Chief|Director|Commander|Deputy|Acting)\s+){1,4}(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2})$/u.exec(
      after,
    )
  if (aide?.[1]) {
    const named = unknownSpeaker(aide[1], offset + lead + text.length - aide[1].length, context)
    if (named) return named
  }
  // "a senior State Department official", "a Kremlin source": one unnamed person of its side
  if (actor && actor.kind !== 'person' && ONE_UNNAMED.test(text))
    return unnamedGroup(text, offset + lead, context.stateHint, context.lexicon)
  // "Zelensky's adviser", "Putin's aide": someone of the person's side, not the person
  if (actor?.kind === 'person' && /^[’']s\s+\p{Ll}[\p{Ll}\s-]*$/u.test(rest))
    return {
      asserter: {
        type: 'unnamed',
        description: text.replace(/^the\s+/i, '').slice(0, 200),
        ...(actor.stateId ? { affiliationId: actor.stateId } : {}),
      },
      attribution: 'unnamed-officials',
      isPerson: false,
      isOutlet: false,
    }
  if (last?.actorId && actor && !(actor.kind === 'state' && UNNAMED_GROUP.test(text)))
    return fromActor(last.actorId, text.slice(0, last.start - offset - lead), context.lexicon)
  if (names.length === 0) {
    const unknown = unknownSpeaker(text, offset + lead, context)
    if (unknown) return unknown
  }
  // "the Novoshakhtinsk refinery said": a named facility or company speaks as a body;
  // "grid operator Ukrenergo said", "energy company DTEK confirmed": so does one named after
  // what it is
  const facility = FACILITY.exec(text)?.[1] ?? COMPANY.exec(text)?.[1]
  if (facility) return newBody(facility, offset + lead + text.indexOf(facility))
  return unnamedGroup(text, offset + lead, context.stateHint, context.lexicon)
}

const COMPANY =
  /^(?:[Tt]he\s+)?(?:(?:[Ss]tate|[Ss]tate-owned|[Ss]tate-run|[Pp]rivate|[Nn]ational|[Ll]argest|[Mm]ain)\s+)*(?:[Gg]rid|[Ee]nergy|[Pp]ower|[Gg]as|[Rr]ailway|[Rr]ail|[Oo]il|[Ee]lectricity)\s+(?:operator|company|firm|producer|utility|giant|provider)\s+(\p{Lu}[\p{L}-]+)$/u
const FACILITY =
  /^(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}\s+(?:refinery|plant|airport|port|company|factory|operator|terminal))$/u

/** "According to Ukrzaliznytsia": a body named by one word the dictionary lacks, flagged. */
export const newBody = (name: string, start: number): Speaker => ({
  asserter: { type: 'actor', actorId: proposedId(name) },
  attribution: 'official-body',
  isPerson: false,
  isOutlet: false,
  newName: {
    type: 'actor',
    name,
    proposedId: proposedId(name),
    span: { start, end: start + name.length },
  },
})
