import {
  type Actor,
  type AnyClaim,
  type Dictionaries,
  type Draft,
  type DraftDecision,
  lexiconOf,
  type MatchSuggestion,
  type NameDecision,
  type RecordId,
  type RecordKind,
  renameEntity,
  SitrepRecord,
  type Source,
  shippedLexicon,
} from '@sitrep/domain'
import { planNames } from './name-decisions.ts'
import { permanentIds, relinkDraft } from './permanent-ids.ts'
import { defaultDecisions } from './publish-defaults.ts'

export interface PublishInput {
  /** A fresh reading of the article: never drafts a client sent. */
  readonly drafts: readonly Draft[]
  readonly matches: readonly MatchSuggestion[]
  readonly decisions: readonly DraftDecision[]
  readonly names?: readonly NameDecision[]
  /** The dictionaries the drafts were read with; the shipped ones when absent. */
  readonly dictionaries?: Dictionaries
  readonly source: Source
  /** Where an undecided draft's best match becomes a merge; the default threshold when absent. */
  readonly mergeThreshold?: number
}

/** Evidence for a record sitrep holds; `kind` is the draft's, for the caller to check. */
export interface PlannedAddition {
  readonly draftId: RecordId
  readonly recordId: RecordId
  readonly kind: RecordKind
  readonly claims: readonly AnyClaim[]
}

/** What to write, in the shape of the store's `IngestWrite`, in one transaction. */
export interface PublishWrite {
  readonly source: Source
  readonly actors: readonly Actor[]
  readonly creates: readonly SitrepRecord[]
  readonly additions: readonly PlannedAddition[]
}

export type PublishPlan =
  | { readonly ok: true; readonly write: PublishWrite }
  | { readonly ok: false; readonly problems: readonly string[] }

/** Each draft's decision: the editor's, or the default; a decision for no draft is a problem. */
const decide = (input: PublishInput, problems: string[]): Map<RecordId, DraftDecision> => {
  const ids = new Set(input.drafts.map((d) => d.record.id))
  const chosen = new Map<RecordId, DraftDecision>()
  for (const d of input.decisions) {
    if (!ids.has(d.draftId))
      problems.push(`decision for ${d.draftId}: no draft of this article has that id`)
    else if (chosen.has(d.draftId)) problems.push(`draft ${d.draftId} has more than one decision`)
    else chosen.set(d.draftId, d)
  }
  for (const d of defaultDecisions(input.drafts, input.matches, input.mergeThreshold))
    if (!chosen.has(d.draftId)) chosen.set(d.draftId, d)
  return chosen
}

/** Why a record no longer parses, in one line an editor can act on. */
const invalidity = (draftId: string, record: unknown): string | undefined => {
  const parsed = SitrepRecord.safeParse(record)
  if (parsed.success) return undefined
  const issue = parsed.error.issues[0]
  const where = issue?.path.filter((p) => typeof p !== 'symbol').join('.') ?? ''
  return `with these names mapped, draft ${draftId} is no longer a valid record (${where}: ${issue?.message ?? 'invalid'}); keep a name new or map it elsewhere`
}

/**
 * The editor's decisions applied to a reading of the article: the one rule set for publishing,
 * shared by every surface (the API applies it; the web and the terminal only send decisions).
 * Pure: it checks what it can know (decisions name drafts of this reading, names are new names
 * the drafts carry and map to entries the dictionaries hold, records stay valid); the caller
 * checks what only the store knows (merge targets exist, are live and of the draft's kind).
 */
export const planPublish = (input: PublishInput): PublishPlan => {
  const problems: string[] = []
  const lexicon = input.dictionaries ? lexiconOf(input.dictionaries) : shippedLexicon
  const chosen = decide(input, problems)
  const names = planNames(input.drafts, input.names ?? [], lexicon)
  problems.push(...names.problems)
  const rejected = new Set<RecordId>()
  const kept: { record: SitrepRecord; decision: DraftDecision; newNames: Draft['newNames'] }[] = []
  for (const { record, newNames } of input.drafts) {
    const decision = chosen.get(record.id)
    if (!decision || decision.action === 'reject') {
      rejected.add(record.id)
      continue
    }
    const renamed = names.renames.reduce((r, rename) => renameEntity(r, rename), record)
    const problem = invalidity(record.id, renamed)
    if (problem) problems.push(problem)
    const retitled =
      decision.action === 'new' && decision.title ? { ...renamed, title: decision.title } : renamed
    kept.push({ record: retitled, decision, newNames })
  }
  if (kept.length === 0 && problems.length === 0)
    problems.push('every draft was rejected: nothing to publish')
  if (problems.length > 0) return { ok: false, problems }
  const merges = new Map<RecordId, RecordId>()
  for (const { record, decision } of kept)
    if (decision.action === 'merge') merges.set(record.id, decision.recordId)
  const created = kept.filter((k) => k.decision.action !== 'merge').map((k) => k.record)
  const rename = permanentIds(input.source, created, merges)
  // A name only rejected drafts read is added by none of them.
  const read = new Set(kept.flatMap((k) => k.newNames.map((n) => n.proposedId)))
  return {
    ok: true,
    write: {
      source: input.source,
      actors: names.actors.filter((a) => read.has(a.id)),
      creates: created.map((r) => relinkDraft(r, rename, rejected)),
      additions: kept.flatMap(({ record, decision }) =>
        decision.action === 'merge'
          ? [
              {
                draftId: record.id,
                recordId: decision.recordId,
                kind: record.kind,
                claims: record.claims,
              },
            ]
          : [],
      ),
    },
  }
}
