import {
  type AnyClaim,
  distinctOrigins,
  originCount,
  type Source,
  type Stance,
  tightestClaim,
} from '@sitrep/domain'
import type { Dictionaries } from '../lib/api.ts'
import { ClaimValue } from './claim-value.tsx'
import { EvidenceItem } from './evidence-item.tsx'

/** What every fact view shares: positions of claims that can all be true together. */
export interface PositionsOf {
  readonly status: 'single' | 'corroborated' | 'disputed'
  readonly positions: readonly {
    readonly claims: readonly AnyClaim[]
    /** Set when the position only answers another: a correction or a denial. */
    readonly stance?: Stance['type']
  }[]
}

const stanceLabels: Record<Stance['type'], string> = {
  correction: 'correction',
  denial: 'denial',
}

interface Props {
  readonly fact: PositionsOf
  readonly dict: Dictionaries
  readonly sources: ReadonlyMap<string, Source>
  /** Show every piece of evidence open; otherwise only a dispute's are. */
  readonly expanded?: boolean
}

/**
 * A fact's positions side by side, each with its value and the evidence behind it. One position
 * is the settled value; more than one is a dispute, shown without picking a side.
 */
export function FactPositions({ fact, dict, sources, expanded = false }: Props) {
  return (
    <div className={fact.status === 'disputed' ? 'positions disputed' : 'positions'}>
      {fact.positions.map((position, index) => {
        const [first, ...rest] = position.claims
        if (!first) return null
        // the position's value, as deriveFacts picks it (a talk announced, then confirmed)
        const shown = tightestClaim([first, ...rest])
        // counted here from the claims, so a page fed by an older API still says it
        const origins = distinctOrigins(position.claims, (id) => sources.get(id)).length
        return (
          <section
            className="position"
            key={first.id}
            aria-label={
              fact.status === 'disputed'
                ? `Position ${index + 1} of ${fact.positions.length}`
                : 'Value'
            }
          >
            <p className="value">
              <ClaimValue claim={shown} dict={dict} />
              {position.stance ? (
                <span className={`badge stance stance-${position.stance}`}>
                  {stanceLabels[position.stance]}
                </span>
              ) : null}
            </p>
            <details open={expanded || fact.status === 'disputed'}>
              <summary>
                {position.claims.length === 1
                  ? '1 piece of evidence'
                  : `${position.claims.length} pieces of evidence`}
                {` · ${originCount(origins, position.claims.length)}`}
              </summary>
              {position.claims.map((claim) => (
                <EvidenceItem key={claim.id} claim={claim} dict={dict} sources={sources} />
              ))}
            </details>
          </section>
        )
      })}
    </div>
  )
}
