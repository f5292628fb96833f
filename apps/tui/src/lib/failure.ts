import { SitrepApiError } from '@sitrep/client'

/** Exit codes a script can branch on; 64 and 66 are sysexits.h's usage and no-input codes. */
export const EXIT = {
  ok: 0,
  failed: 1,
  unreachable: 2,
  badKey: 3,
  usage: 64,
  noInput: 66,
} as const

/** A flag or argument the command cannot use: reported with the command's usage, exit 64. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A file named on the command line that cannot be read. */
export class InputError extends Error {
  override name = 'InputError'
}

/** fetch rejects with a TypeError when nothing answers (refused, unknown host, reset). */
export const isNetworkError = (error: unknown): boolean =>
  error instanceof TypeError &&
  /fetch failed|network|ECONNREFUSED/i.test(`${error.message} ${String(error.cause)}`)

/** What the dashboard shows in place of rows when the API does not answer at all. */
export const unreachableNote = (apiUrl: string): string =>
  `API unreachable at ${apiUrl} — run npm start`

export interface Failure {
  readonly code: number
  readonly message: string
}

/** One line saying what went wrong and what to do, and the exit code that goes with it. */
export const describeFailure = (error: unknown, apiUrl: string): Failure => {
  if (isNetworkError(error))
    return {
      code: EXIT.unreachable,
      message: `sitrep: cannot reach the API at ${apiUrl}; start it with \`npm start\` in the sitrep folder, or point --api / SITREP_API_URL at a running one`,
    }
  if (error instanceof SitrepApiError && (error.status === 401 || error.status === 403))
    return {
      code: EXIT.badKey,
      message: `sitrep: the API refused the key (${error.status} ${error.problem.detail ?? error.problem.title}); pass --key or set SITREP_API_KEY (make one with \`npm run keys -- create --role editor\`)`,
    }
  if (error instanceof SitrepApiError)
    return { code: EXIT.failed, message: `sitrep: the API answered ${error.message}` }
  if (error instanceof UsageError) return { code: EXIT.usage, message: `sitrep: ${error.message}` }
  if (error instanceof InputError)
    return { code: EXIT.noInput, message: `sitrep: ${error.message}` }
  return {
    code: EXIT.failed,
    message: `sitrep: ${error instanceof Error ? error.message : String(error)}`,
  }
}
