import { attributionStrength, type Evidence, type Stance } from './evidence.ts'
import { type FactValue, factRules } from './fact-rules.ts'
import { distinctOrigins, type Origin, type SourceLookup } from './origin.ts'
import type { FactName, SitrepRecord } from './record.ts'

/** A claim seen through its fact: the correlated-union shape lets one rule table serve all facts. */
type ClaimFor<F extends FactName> = { [K in F]: Evidence & { fact: K; value: FactValue<K> } }[F]

const keyOf = <F extends FactName>(claim: ClaimFor<F>): string =>
  factRules[claim.fact].key(claim.value)

const spreadOf = <F extends FactName>(claim: ClaimFor<F>): number =>
  factRules[claim.fact].spread(claim.value)

const compatible = <F extends FactName>(a: ClaimFor<F>, b: ClaimFor<F>): boolean =>
  factRules[a.fact].compatible(a.value, b.value)

/** Claims that can all be true together; each position of a dispute is one of these. */
export interface Position<C extends ClaimFor<FactName>> {
  /** The tightest value these claims allow: the most precise claim among them. */
  readonly value: C['value']
  readonly claims: readonly C[]
  /** The strongest attribution among the claims, for ordering positions side by side. */
  readonly strongestAttribution: number
  /**
   * The independent origins behind the claims (origin.ts): two outlets relaying one TASS report
   * are one origin, so a position of two reports can still rest on one.
   */
  readonly origins: readonly Origin[]
  /**
   * Set when every claim of the position corrects or denies another ("later said the toll was
   * zero"): the position exists because someone answered, and is labelled so beside the other.
   * A denial wins the label over a correction when both are present.
   */
  readonly stance?: Stance['type']
}

export interface DerivedFact<C extends ClaimFor<FactName> = ClaimFor<FactName>> {
  readonly recordId: string
  readonly fact: FactName
  /** Separates facts of one name: a count in Kyiv and a count nationwide. Empty when unscoped. */
  readonly key: string
  /**
   * `single`: one origin, however many reports repeat it; `corroborated`: claims that agree from
   * at least two independent origins; `disputed`: incompatible claims.
   */
  readonly status: 'single' | 'corroborated' | 'disputed'
  /** The displayed value, absent when the sources disagree. */
  readonly value: C['value'] | undefined
  readonly positions: readonly Position<C>[]
}

const stanceOf = (claims: readonly Evidence[]): Stance['type'] | undefined => {
  if (!claims.every((c) => c.stance)) return undefined
  return claims.some((c) => c.stance?.type === 'denial') ? 'denial' : 'correction'
}

/**
 * The claim whose value a position shows: the most precise one (for a talk's status, the latest
 * and furthest along). Views that show a position's value through one claim pick it with this.
 */
export const tightestClaim = <C extends ClaimFor<FactName>>(claims: readonly [C, ...C[]]): C =>
  claims.reduce((best, c) => (spreadOf(c) < spreadOf(best) ? c : best))

const toPosition = <C extends ClaimFor<FactName>>(
  claims: [C, ...C[]],
  sources: SourceLookup | undefined,
): Position<C> => {
  const tightest = tightestClaim(claims)
  const stance = stanceOf(claims)
  return {
    value: tightest.value,
    claims,
    strongestAttribution: Math.max(...claims.map((c) => attributionStrength(c.attribution))),
    origins: distinctOrigins(claims, sources),
    ...(stance ? { stance } : {}),
  }
}

/** A denial never stands with the claim it denies, whatever figure it gives. */
const deniesAny = (claim: Evidence, group: readonly Evidence[]): boolean =>
  claim.stance?.type === 'denial' && group.some((c) => c.id === claim.stance?.answersClaimId)

/**
 * Groups a fact's claims into positions: a claim joins the first position whose every claim it
 * is compatible with. More than one position is a dispute. Pure and order-stable.
 */
const positionsOf = <C extends ClaimFor<FactName>>(
  claims: readonly C[],
  sources: SourceLookup | undefined,
): Position<C>[] => {
  const groups: [C, ...C[]][] = []
  for (const claim of claims) {
    const home = groups.find(
      (g) => g.every((other) => compatible(claim, other)) && !deniesAny(claim, g),
    )
    if (home) home.push(claim)
    else groups.push([claim])
  }
  return groups
    .map((g) => toPosition(g, sources))
    .sort((a, b) => b.strongestAttribution - a.strongestAttribution)
}

/**
 * Every fact of a record with its displayed value and, where sources disagree, the positions.
 * `sources` tells syndicated copies and outlets apart when counting origins; without it every
 * document counts as its own.
 */
export const deriveFacts = (record: SitrepRecord, sources?: SourceLookup): DerivedFact[] => {
  const groups = new Map<string, ClaimFor<FactName>[]>()
  for (const claim of record.claims) {
    const id = `${claim.fact}\u0000${keyOf(claim)}`
    const list = groups.get(id) ?? []
    list.push(claim)
    groups.set(id, list)
  }
  return [...groups.values()].flatMap((claims) => {
    const [first] = claims
    if (!first) return []
    const positions = positionsOf(claims, sources)
    const status =
      positions.length > 1
        ? 'disputed'
        : (positions[0]?.origins.length ?? 0) > 1
          ? 'corroborated'
          : 'single'
    return [
      {
        recordId: record.id,
        fact: first.fact,
        key: keyOf(first),
        status,
        value: status === 'disputed' ? undefined : positions[0]?.value,
        positions,
      },
    ]
  })
}

/** The contested facts of a record: incompatible claims about the same fact and scope. */
export const computeDisputes = (record: SitrepRecord, sources?: SourceLookup): DerivedFact[] =>
  deriveFacts(record, sources).filter((f) => f.status === 'disputed')

/** One fact's derived view, or undefined when the record makes no claim about it. */
export const deriveFact = (
  record: SitrepRecord,
  fact: FactName,
  key = '',
  sources?: SourceLookup,
): DerivedFact | undefined =>
  deriveFacts(record, sources).find((f) => f.fact === fact && f.key === key)
