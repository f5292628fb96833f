import { type Actor, actors, type IsoDate, type Lexicon } from '@sitrep/domain'
import { knownActor, stateOfDemonym } from './names.ts'

/**
 * "Ukraine's foreign minister", "the Russian defence minister": a national office said without a
 * name. The dictionary's holder of that office on the article's day speaks; without a day, the
 * only holder it lists; otherwise an unnamed official of that state.
 */
const STATE_OFFICE =
  /^(?:the\s+)?(?:(\p{Lu}[\p{L}.]+(?:\s\p{Lu}\p{L}+)?)[’']s|(\p{Lu}[\p{L}.]+))\s+(foreign minister|defen[cs]e minister|prime minister|president|chancellor)$/u

const TITLE_OF: Record<string, (state: string) => RegExp> = {
  'foreign minister': (state) => new RegExp(`^Minister of Foreign Affairs of (?:the )?${state}$`),
  'defence minister': (state) => new RegExp(`Minister of Defen[cs]e of (?:the )?${state}$`),
  'prime minister': (state) => new RegExp(`^Prime Minister of (?:the )?${state}$`),
  president: (state) => new RegExp(`^President of (?:the )?${state}$`),
  chancellor: (state) => new RegExp(`^Chancellor of ${state}$`),
}

export interface StateOffice {
  readonly stateId: string
  /** The person holding it, when the dictionary can tell. */
  readonly holderId?: string
}

const holds = (actor: Actor | undefined, title: RegExp, day: IsoDate | undefined): boolean =>
  actor?.kind === 'person' &&
  actor.roles.some(
    (r) => title.test(r.title) && (!day || (r.from <= day && (!r.to || day <= r.to))),
  )

export const stateOffice = (
  phrase: string,
  lexicon: Lexicon,
  day: IsoDate | undefined,
): StateOffice | undefined => {
  const m = STATE_OFFICE.exec(phrase)
  const office = m?.[3]?.toLowerCase().replace('defense', 'defence')
  const of = m?.[1] ?? m?.[2]
  if (!m || !office || !of) return undefined
  const stateId = m[1] ? knownActor(m[1], lexicon) : (stateOfDemonym(of) ?? knownActor(of, lexicon))
  const state = stateId ? lexicon.actor(stateId) : undefined
  const title = TITLE_OF[office]
  if (state?.kind !== 'state' || !stateId || !title) return undefined
  const pattern = title(state.name)
  // the shipped list names the candidates; the lexicon in use says what their roles are
  const holders = actors
    .map((a) => lexicon.actor(a.id))
    .filter((a) => holds(a, pattern, day))
    .map((a) => a?.id)
  const [holderId] = holders
  return holders.length === 1 && holderId ? { stateId, holderId } : { stateId }
}
