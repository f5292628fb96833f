import type { AnyClaim, SitrepRecord } from './record.ts'

const sameEvidence = (a: AnyClaim, b: AnyClaim) =>
  a.fact === b.fact &&
  a.sourceId === b.sourceId &&
  a.quote === b.quote &&
  JSON.stringify(a.value) === JSON.stringify(b.value)

/**
 * A record with more evidence: the claims it lacks are appended; a claim it already holds (same
 * fact, source, words and value) is not added twice, so ingesting an article again changes
 * nothing. Incoming ids that clash with the record's are suffixed to stay unique.
 */
export const mergeClaims = <R extends SitrepRecord>(
  record: R,
  incoming: readonly R['claims'][number][],
): R => {
  const claims: AnyClaim[] = [...record.claims]
  const ids = new Set(claims.map((c) => c.id))
  for (const claim of incoming) {
    if (claims.some((c) => sameEvidence(c, claim))) continue
    let id = claim.id
    for (let n = 2; ids.has(id); n++) id = `${claim.id}-${n}`
    ids.add(id)
    claims.push({ ...claim, id })
  }
  return { ...record, claims }
}

/** How many of `incoming` `mergeClaims` would add. */
export const newClaimCount = (record: SitrepRecord, incoming: readonly AnyClaim[]): number =>
  incoming.filter((claim) => !record.claims.some((c) => sameEvidence(c, claim))).length
