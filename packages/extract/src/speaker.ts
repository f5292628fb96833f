import { type Asserter, type AttributionKind, actorById, type NewName } from '@sitrep/domain'
import { findNames, proposedId, stateOfDemonym, stateOfPlace } from './names.ts'

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

const PRONOUN =
  /^(?:he|she|the (?:general|minister|mayor|president|spokesman|spokeswoman|spokesperson|governor|chancellor|prime minister|commander|official|chief|head))$/i
const UNNAMED_GROUP =
  /\b(?:officials?|authorities|sources?|military|police|emergency services|rescuers|air force|administration|government)\b/i
const OUTLET_WORDS =
  /\b(?:news agenc(?:y|ies)|agency|media|newspaper|outlets?|reports?|broadcaster)\b/i

const unnamedGroup = (phrase: string, offset: number): Speaker | undefined => {
  if (!UNNAMED_GROUP.test(phrase) && !OUTLET_WORDS.test(phrase)) return undefined
  const description = phrase.replace(/^the\s+/i, '').slice(0, 200)
  const names = findNames(phrase, offset)
  const demonym = /\b(\p{Lu}\p{Ll}+)\b/u.exec(phrase)?.[1]
  const affiliationId =
    (demonym && stateOfDemonym(demonym)) ??
    names.map((n) => (n.placeId ? stateOfPlace(n.placeId) : n.actorId)).find(Boolean)
  const isSource = /\bsources?\b/i.test(phrase)
  const outlet = OUTLET_WORDS.test(phrase)
  return {
    asserter: {
      type: 'unnamed',
      description,
      ...(affiliationId && !outlet ? { affiliationId } : {}),
    },
    attribution: outlet ? 'media-report' : isSource ? 'unnamed-source' : 'unnamed-officials',
    isPerson: false,
    isOutlet: outlet,
  }
}

/** A capitalised two-or-three word name that no dictionary holds: a new actor to flag. */
const UNKNOWN_PERSON = /(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})$/u

/**
 * Resolves a speaker phrase. A pronoun or "the general" is the previous person who spoke; a
 * known name is that actor, with the words before it kept as the role; groups ("Ukrainian
 * officials") are unnamed speakers with the side they belong to; an unknown name becomes a new
 * actor, flagged for the editor.
 */
export const resolveSpeaker = (
  phrase: string,
  offset: number,
  previousPerson: Speaker | undefined,
): Speaker | undefined => {
  const text = phrase.trim().replace(/[,;:]$/, '')
  const lead = phrase.indexOf(text)
  if (text === '' || text.split(/\s+/).length > 9) return undefined
  if (PRONOUN.test(text)) return previousPerson
  const names = findNames(text, offset + lead).filter((n) => n.actorId)
  const last = names.at(-1)
  const actor = last?.actorId ? actorById(last.actorId) : undefined
  if (last && actor && !(actor.kind === 'state' && UNNAMED_GROUP.test(text))) {
    const isPerson = actor.kind === 'person'
    const isOutlet = actor.kind === 'news-agency'
    const role = text
      .slice(0, last.start - offset - lead)
      .replace(/^(?:the|a|an)\s+/i, '')
      .replace(/[,\s]+$/, '')
    return {
      asserter: { type: 'actor', actorId: actor.id },
      attribution: isPerson ? 'named-official' : isOutlet ? 'media-report' : 'official-body',
      ...(isPerson && role && /\p{Lu}|\b(?:minister|spokes|mayor|governor)/u.test(role)
        ? { role: role.slice(0, 200) }
        : {}),
      isPerson,
      isOutlet,
    }
  }
  const group = unnamedGroup(text, offset + lead)
  if (group) return group
  const unknown = UNKNOWN_PERSON.exec(text)
  if (!unknown?.[1] || names.length > 0) return undefined
  const name = unknown[1]
  const id = proposedId(name)
  const start = offset + lead + unknown.index
  return {
    asserter: { type: 'actor', actorId: id },
    attribution: 'named-official',
    ...(unknown.index > 0
      ? {
          role: text
            .slice(0, unknown.index)
            .replace(/^the\s+/i, '')
            .trim(),
        }
      : {}),
    isPerson: true,
    isOutlet: false,
    newName: { type: 'actor', name, proposedId: id, span: { start, end: start + name.length } },
  }
}
