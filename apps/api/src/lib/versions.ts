import { ApiError } from './api-error.ts'

/** A record's ETag is its version: what a client sends back in If-Match to update it. */
export const versionTag = (version: number) => `"${version}"`

/** The version an If-Match names; writes that replace a record must say which one they read. */
export const baseVersionOf = (ifMatch: string | undefined): number => {
  if (ifMatch === undefined)
    throw new ApiError(
      'precondition-required',
      'send If-Match with the version you read (its ETag)',
    )
  // RFC 9110 §13.1.1: If-Match compares strongly, and a weak tag never matches strongly.
  if (ifMatch.startsWith('W/'))
    throw new ApiError(
      'stale-version',
      `If-Match compares strongly: the weak tag ${ifMatch} matches no version; send the version as "3"`,
    )
  return Number(ifMatch.replaceAll('"', ''))
}
