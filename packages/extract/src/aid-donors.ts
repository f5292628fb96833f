import type { Lexicon, NewName } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import { knownActor, proposedId, stateOfDemonym } from './names.ts'

const NAME = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}’'-]+(?:[ -]\p{Lu}[\p{L}’'-]+){0,2})$/u
const NOT_A_GIVER =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|It|He|She|They|We|President|Minister|Prime|Mayor|Governor|Ukraine|Kyiv|Kiev)\b/

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
    const m = NAME.exec(part.trim())
    const name = m?.[1]
    if (!name || NOT_A_GIVER.test(name) || stateOfDemonym(name)) return { ids: [], newNames: [] }
    const known = knownActor(name, lexicon)
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
