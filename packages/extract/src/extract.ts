import {
  type Asserter,
  type Dictionaries,
  type Draft,
  type IsoDate,
  type Lexicon,
  lexiconOf,
  type NewName,
  type SitrepRecord,
  type Source,
  shippedLexicon,
} from '@sitrep/domain'
import { extractAid } from './aid.ts'
import { readArticle } from './article.ts'
import { extractAttacks } from './attack.ts'
import { anchorOf } from './dates.ts'
import { createDraftContext } from './evidence.ts'
import { stateOfActor, stateOfPlace } from './names.ts'
import { extractStatements } from './statement.ts'
import { extractTalks } from './talk.ts'

export interface ExtractOptions {
  /** Publication date or instant; relative dates resolve against its calendar day. */
  readonly publishedAt?: string
  /**
   * The source document the evidence points into; its own `publishedAt` is used when the option
   * is not given.
   */
  readonly source: Pick<Source, 'id'> & Partial<Pick<Source, 'publishedAt'>>
  /**
   * The actor dictionary and gazetteer names resolve against — a store's, with the actors
   * editors added. Without them, the dictionaries compiled into `@sitrep/domain`.
   */
  readonly dictionaries?: Dictionaries
}

/**
 * A statement is kept when it is about a record the article produced, or when its words are
 * about the war: a football coach's remarks are not sitrep's business.
 */
const WAR =
  /\b(?:war|attacks?|strikes?|talks|negotiat\w*|ceasefire|peace|aid|weapons?|arms|troops|military|army|front|invasion|occup\w*|sanctions?|missiles?|drones?|prisoners?|Russia\w*|Ukrain\w*|Kremlin|Kyiv|Kiev|Moscow|NATO|air defen[cs]e|shelling|casualt\w*|killed|wounded|injured)\b/i

/**
 * A "counter attack" in a football report or a "trade war" is not this war: the article must
 * name it, or a place or an actor of either side.
 */
const THE_WAR =
  /\b(?:Russia\w*|Ukrain\w*|Kremlin|Kyiv|Kiev|Moscow|Zelensk\w*|Putin|Donbas\w*|Crimea\w*)\b/

const BELLIGERENTS = new Set(['ukraine', 'russia'])
const speakerState = (a: Asserter, lexicon: Lexicon): string | undefined =>
  a.type === 'actor' ? lexicon.actor(a.actorId)?.stateId : a.affiliationId

interface Proposed {
  readonly record: SitrepRecord
  readonly newNames: NewName[]
  readonly sentences: number[]
}

const dedupeNames = (names: readonly NewName[]): NewName[] => {
  const seen = new Set<string>()
  return names.filter((n) => {
    const key = `${n.type}|${n.proposedId}|${n.span.start}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Reads an article and proposes records of all four kinds, each fact with the exact span of
 * text it came from and who asserted it. A statement is linked (`aboutIds`) to the records its
 * sentences produced. Pure: the same text and options give the same drafts.
 */
export const extract = (text: string, options: ExtractOptions): Draft[] => {
  const anchor: IsoDate | undefined = anchorOf(options.publishedAt ?? options.source.publishedAt)
  const lexicon = options.dictionaries ? lexiconOf(options.dictionaries) : shippedLexicon
  const article = readArticle(text, anchor, lexicon)
  const ctx = createDraftContext(options.source.id, text, lexicon)
  const aboutTheWar =
    THE_WAR.test(text) ||
    article.sentences.some((s) =>
      [...s.names, ...s.speakerNames].some((n) =>
        BELLIGERENTS.has(
          (n.placeId ? stateOfPlace(n.placeId, lexicon) : undefined) ??
            (n.actorId ? (stateOfActor(n.actorId, lexicon) ?? n.actorId) : ''),
        ),
      ),
    )
  const subjects: Proposed[] = [
    // trade "talks" between other states, and aid to Gaza, are no business of sitrep
    ...(aboutTheWar ? extractTalks(article, ctx) : []),
    ...(aboutTheWar ? extractAid(article, ctx) : []),
    ...extractAttacks(article, ctx),
  ]
  const statements = extractStatements(article, ctx).map((st): Proposed => {
    const about = subjects.filter((d) => d.sentences.some((i) => st.sentences.includes(i)))
    return { ...st, record: { ...st.record, aboutIds: about.map((d) => d.record.id) } }
  })
  linkUnlinkedStatements(statements)
  linkToSoleRecord(statements, subjects)
  const onTopic = (st: Proposed) =>
    st.record.kind !== 'statement' ||
    st.record.aboutIds.length > 0 ||
    (aboutTheWar && WAR.test(st.record.text)) ||
    BELLIGERENTS.has(speakerState(st.record.speaker, lexicon) ?? '')
  // "Rutte said Russia is trying to destabilize NATO. The alliance will take further steps, he
  // said": in an article on the war, a speaker's next words go on with the subject they were on
  let kept: Proposed | undefined
  const relevant = statements.filter((st) => {
    const before = kept
    const keep =
      onTopic(st) ||
      (aboutTheWar &&
        before?.record.kind === 'statement' &&
        st.record.kind === 'statement' &&
        JSON.stringify(before.record.speaker) === JSON.stringify(st.record.speaker) &&
        (st.sentences[0] ?? 0) - (before.sentences.at(-1) ?? -9) <= 1)
    kept = keep ? st : undefined
    return keep
  })
  return [...subjects, ...relevant].map((d) => ({
    record: d.record,
    newNames: dedupeNames(d.newNames),
  }))
}

/**
 * A statement whose sentences produced no record ("He stated that results could only be
 * expected …") is about what the same speaker was just talking about.
 */
const linkUnlinkedStatements = (statements: Proposed[]): void => {
  for (let i = 1; i < statements.length; i++) {
    const st = statements[i]
    const prev = statements[i - 1]
    if (st?.record.kind !== 'statement' || prev?.record.kind !== 'statement') continue
    if (st.record.aboutIds.length > 0) continue
    if (JSON.stringify(st.record.speaker) !== JSON.stringify(prev.record.speaker)) continue
    statements[i] = { ...st, record: { ...st.record, aboutIds: [...prev.record.aboutIds] } }
  }
}

/**
 * In an article that reports one event, an unlinked statement is about that event: "The
 * strike hit a school," the mayor said, followed by "We will rebuild," he added.
 */
const linkToSoleRecord = (statements: Proposed[], subjects: readonly Proposed[]): void => {
  if (subjects.length === 0) return
  for (let i = 0; i < statements.length; i++) {
    const st = statements[i]
    if (st?.record.kind !== 'statement' || st.record.aboutIds.length > 0) continue
    const nearest = nearestRecord(st.sentences[0] ?? 0, subjects)
    if (nearest) statements[i] = { ...st, record: { ...st.record, aboutIds: [nearest.record.id] } }
  }
}

/** With several records, the one told of last before the statement, else the first after it. */
const nearestRecord = (at: number, subjects: readonly Proposed[]): Proposed | undefined => {
  if (subjects.length === 1) return subjects[0]
  const before = subjects.filter((d) => Math.min(...d.sentences) <= at)
  return (
    before.sort(
      (a, b) =>
        Math.max(...b.sentences.filter((i) => i <= at)) -
        Math.max(...a.sentences.filter((i) => i <= at)),
    )[0] ?? subjects[0]
  )
}
