import type { Stance } from '@sitrep/domain'
import { asserterName, type Names } from './names.ts'

/** "correction of regional governor", "denial" — what a claim answers, when it answers one. */
export const stanceWords = (stance: Stance, names: Names): string =>
  stance.answersAsserter
    ? `${stance.type} of ${asserterName(stance.answersAsserter, names)}`
    : stance.type
