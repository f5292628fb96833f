import type { Aid } from '../aid.ts'
import type { Attack } from '../attack.ts'
import { computeDisputes } from '../disputes.ts'
import type { RecordKind, SitrepRecord } from '../record.ts'
import type { Statement } from '../statement.ts'
import type { Stats } from '../stats.ts'
import type { Talk } from '../talk.ts'
import { aidSentence } from './aid-sentence.ts'
import { airWarSentences, attackTotalsSentence } from './attack-figures.ts'
import { attackSentence } from './attack-sentences.ts'
import {
  type Brief,
  type BriefScope,
  type BriefSection,
  type BriefSectionId,
  type BriefSentence,
  sentence,
  words,
} from './brief.ts'
import {
  type ChangesSince,
  changesSentences,
  comparisonSentence,
  type PeriodComparison,
} from './changes-section.ts'
import type { BriefSources } from './cite.ts'
import { disputeSentence } from './dispute-sentence.ts'
import { statementSentence } from './statement-sentence.ts'
import { talkSentences } from './talks-section.ts'

/**
 * Everything a brief is made from, already read from the store: the records each section tells
 * of (cut to length, newest first), how many the scope holds, the disputed records, and the
 * figures. Building is pure: the same input gives the same brief, word for word.
 */
export interface BriefInput {
  readonly scope: BriefScope
  readonly revision: number
  readonly sources: BriefSources
  readonly talks: readonly Talk[]
  readonly aid: readonly Aid[]
  readonly attacks: readonly Attack[]
  readonly statements: readonly Statement[]
  /** How many records of each kind the scope holds, when more than are told. */
  readonly totals: Partial<Record<RecordKind, number>>
  /** Records with a disputed fact, and how many more the scope holds (a floor unless exact). */
  readonly disputed: readonly SitrepRecord[]
  readonly disputedLeftOut: { readonly count: number; readonly exact: boolean }
  /** The period's figures and the period before, when the brief covers a period. */
  readonly comparison?: PeriodComparison
  /** The writes after a revision, for a "since" brief. */
  readonly changes?: ChangesSince
}

const TITLES: Record<BriefSectionId, string> = {
  talks: 'Talks and diplomacy',
  aid: 'Aid',
  attacks: 'Attacks and casualties',
  statements: 'What leaders said',
  disputes: 'Open disputes',
  changes: 'What changed',
}

const EMPTY: Record<BriefSectionId, string> = {
  talks: 'No talks are recorded.',
  aid: 'No aid is recorded.',
  attacks: 'No attacks are recorded.',
  statements: 'No statements are recorded.',
  disputes: 'No disputed facts.',
  changes: 'Nothing to compare.',
}

/** A "since" brief tells changes, so an empty kind means nothing of it changed, not none held. */
const EMPTY_SINCE: Record<BriefSectionId, string> = {
  ...EMPTY,
  talks: 'No talk changed among the changes read.',
  aid: 'No aid record changed among the changes read.',
  attacks: 'No attack changed among the changes read.',
  statements: 'No statement changed among the changes read.',
  disputes: 'No disputed fact among the changed records.',
}

const SECTION_KINDS: Partial<Record<BriefSectionId, RecordKind>> = {
  talks: 'talk',
  aid: 'aid',
  attacks: 'attack',
  statements: 'statement',
}

const section = (
  id: BriefSectionId,
  sentences: readonly BriefSentence[],
  omitted = 0,
  omittedExact = true,
  empty = EMPTY,
): BriefSection => ({
  id,
  title: TITLES[id],
  sentences: sentences.length ? [...sentences] : [sentence([words(empty[id])])],
  omitted: Math.max(0, omitted),
  omittedExact,
})

const attackFigures = (stats: Stats | undefined, scope: BriefScope): BriefSentence[] =>
  stats && scope.from && scope.to
    ? [
        attackTotalsSentence(stats, scope.from, scope.to),
        ...airWarSentences(stats, scope.from, scope.to),
      ]
    : []

/** The brief: six sections, each a list of sentences, each sentence footnoted to its claims. */
export const buildBrief = (input: BriefInput): Brief => {
  const { sources, totals } = input
  const disputes = input.disputed.flatMap((r) =>
    computeDisputes(r).map((fact) => disputeSentence(r, fact, sources)),
  )
  const empty = input.changes ? EMPTY_SINCE : EMPTY
  const told = (kind: RecordKind, shown: number) => (totals[kind] ?? shown) - shown
  const changes = [
    ...(input.comparison ? [comparisonSentence(input.comparison)] : []),
    ...(input.changes ? changesSentences(input.changes, sources) : []),
  ]
  // A brief narrowed to some kinds leaves out the other kinds' sections rather than call them empty.
  const asked = (id: BriefSectionId) => {
    const kind = SECTION_KINDS[id]
    return !kind || !input.scope.kind?.length || input.scope.kind.includes(kind)
  }
  return {
    scope: input.scope,
    revision: input.revision,
    sections: [
      section(
        'talks',
        input.talks.flatMap((t) => talkSentences(t, sources)),
        told('talk', input.talks.length),
        true,
        empty,
      ),
      section(
        'aid',
        input.aid.map((a) => aidSentence(a, sources)),
        told('aid', input.aid.length),
        true,
        empty,
      ),
      section(
        'attacks',
        [
          ...attackFigures(input.comparison?.stats, input.scope),
          ...input.attacks.map((a) => attackSentence(a, sources, input.scope.from)),
        ],
        told('attack', input.attacks.length),
        true,
        empty,
      ),
      section(
        'statements',
        input.statements.map((s) => statementSentence(s, sources)),
        told('statement', input.statements.length),
        true,
        empty,
      ),
      section(
        'disputes',
        disputes,
        input.disputedLeftOut.count,
        input.disputedLeftOut.exact,
        empty,
      ),
      section('changes', changes),
    ].filter((s) => asked(s.id)),
  }
}
