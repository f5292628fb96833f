import type { Span } from './evidence.ts'
import type { AnyClaim, SitrepRecord } from './record.ts'

const overlap = (a: Span | undefined, b: Span | undefined): boolean =>
  a !== undefined && b !== undefined && a.start < b.end && b.start < a.end

/**
 * The same evidence: one source's words about one fact, met again. The words are the same, or
 * the spans overlap: a re-reading of an article may quote a sentence a little wider, read "at
 * least one" where the first capture read "one", or name an item "Patriot missile defence
 * systems" where it read "Patriot systems"; one source never corroborates itself, and what a
 * sentence already backs on a record is not news. Two sentences of one article on one fact (a
 * toll, then its correction) stay two claims.
 */
const sameEvidence = (a: AnyClaim, b: AnyClaim) =>
  a.fact === b.fact && a.sourceId === b.sourceId && (a.quote === b.quote || overlap(a.span, b.span))

/**
 * A record with more evidence: the claims it lacks are appended; a claim it already holds (the
 * same source's words about the same fact) is not added twice, so ingesting an article again
 * changes nothing. Incoming ids that clash with the record's are suffixed to stay unique.
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
