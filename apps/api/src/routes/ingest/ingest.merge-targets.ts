import type { RecordKind } from '@sitrep/domain'
import type { PlannedAddition } from '@sitrep/extract'
import type { RecordStore } from '@sitrep/store'
import { NotFound } from '@sitrep/store'
import { ApiError } from '../../lib/api-error.ts'

const named: Record<RecordKind, string> = {
  talk: 'a talk',
  aid: 'aid',
  attack: 'an attack',
  statement: 'a statement',
}

/**
 * What only the store knows about a merge: its target exists, is not deleted and is of the
 * draft's kind. Evidence of an attack is no claim on a talk.
 */
export const checkMergeTargets = async (
  store: RecordStore,
  additions: readonly PlannedAddition[],
): Promise<void> => {
  const problems: string[] = []
  for (const { draftId, recordId, kind } of additions) {
    const target = await store.getRecord(recordId).catch((error: unknown) => {
      if (error instanceof NotFound) return undefined
      throw error
    })
    if (!target)
      problems.push(
        `draft ${draftId} merges into ${recordId}, which sitrep does not hold (or was deleted)`,
      )
    else if (target.record.kind !== kind)
      problems.push(
        `draft ${draftId} is ${named[kind]} and ${recordId} ${named[target.record.kind]}: only a record of the same kind can take its evidence`,
      )
  }
  if (problems.length > 0)
    throw new ApiError(
      'unprocessable',
      problems.join('; '),
      problems.map((message) => ({ path: 'decisions', message })),
    )
}
