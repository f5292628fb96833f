import type { Evidence, Span } from './evidence.ts'
import { type FactValue, factRules } from './fact-rules.ts'
import type { AnyClaim, FactName, SitrepRecord } from './record.ts'

type ClaimFor<F extends FactName> = { [K in F]: Evidence & { fact: K; value: FactValue<K> } }[F]

const factKey = <F extends FactName>(claim: ClaimFor<F>): string =>
  factRules[claim.fact].key(claim.value)

const overlap = (a: Span | undefined, b: Span | undefined): boolean =>
  a !== undefined && b !== undefined && a.start < b.end && b.start < a.end

/**
 * The same evidence: one source's words about one fact (same fact and scope), met again. The
 * words are the same, or the spans overlap: a re-reading of an article may quote a sentence a
 * little wider or read "at least one" where the first capture read "one", and one source never
 * corroborates itself. Two sentences of one article on one fact (a toll, then its correction)
 * stay two claims.
 */
const sameEvidence = (a: AnyClaim, b: AnyClaim) =>
  a.fact === b.fact &&
  a.sourceId === b.sourceId &&
  factKey(a) === factKey(b) &&
  (a.quote === b.quote || overlap(a.span, b.span))

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
