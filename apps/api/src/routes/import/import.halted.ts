import type { ImportHalted, InputFault } from '@sitrep/store'
import { ApiError } from '../../lib/api-error.ts'

/** The setting that sets each limit, so a refusal names what an operator would change. */
const limitSettings: { [F in InputFault]?: string } = {
  'max-bytes': 'SITREP_IMPORT_MAX_BYTES',
  'max-line-bytes': 'SITREP_IMPORT_MAX_LINE_BYTES',
  'max-lines': 'SITREP_IMPORT_MAX_LINES',
}

const read = (through: number) =>
  through === 0 ? 'no line was read' : `lines 1 to ${through} were read`

/**
 * An import stopped on input it could not read on from, as a problem: 413 for a limit (named),
 * 422 for bytes that are not UTF-8; both carry the line at fault and the summary of what was
 * committed before it, so a client can fix the file and resume after `throughLine`.
 */
export const haltedProblem = ({ refused, summary }: ImportHalted): ApiError => {
  const limit = limitSettings[refused.fault]
  return new ApiError(
    limit ? 'payload-too-large' : 'unprocessable',
    `${refused.message}${limit ? ` (the ${limit} limit)` : ''}; ${read(summary.throughLine)} and ${summary.imported} records committed`,
    undefined,
    { line: refused.line, ...(limit ? { limit } : {}), summary },
  )
}
