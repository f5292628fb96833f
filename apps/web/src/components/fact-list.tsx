import { deriveFacts, originCount, type SitrepRecord, type Source } from '@sitrep/domain'
import type { Dictionaries } from '../lib/api.ts'
import { FactPositions } from './fact-positions.tsx'

const factNames: Record<string, string> = {
  date: 'Date',
  period: 'Period',
  status: 'Status',
  agenda: 'Agenda',
  outcome: 'Outcome',
  money: 'Money',
  item: 'Item',
  attendance: 'Attendance',
  killed: 'Killed',
  injured: 'Injured',
  launched: 'Launched',
  intercepted: 'Intercepted',
  hit: 'Hit their targets',
  effect: 'Effect',
}

interface Props {
  readonly record: SitrepRecord
  readonly dict: Dictionaries
  readonly sources: ReadonlyMap<string, Source>
  /** Only these facts, in this order; all of them when absent. */
  readonly only?: readonly string[]
  /** Every piece of evidence open, as the record page shows it. */
  readonly expanded?: boolean
}

/** Every fact of a record as derived from its claims, each with its evidence. */
export function FactList({ record, dict, sources, only, expanded }: Props) {
  // the sources tell a syndicated copy from an independent report when counting origins
  const facts = deriveFacts(record, (id) => sources.get(id)).filter(
    (f) => !only || only.includes(f.fact),
  )
  if (only) facts.sort((a, b) => only.indexOf(a.fact) - only.indexOf(b.fact))
  return (
    <ul className="facts">
      {facts.map((fact) => (
        <li key={`${fact.fact}|${fact.key}`} className="fact" data-fact={fact.fact}>
          <h3>
            {factNames[fact.fact] ?? fact.fact}
            {fact.status === 'disputed' ? <span className="badge disputed">disputed</span> : null}
            {fact.status === 'corroborated' ? (
              <span className="badge corroborated">corroborated</span>
            ) : null}
            {fact.status !== 'disputed' &&
            fact.positions[0] &&
            fact.positions[0].claims.length > 1 ? (
              <span className="badge origins" data-testid="origin-count">
                {originCount(fact.positions[0].origins.length, fact.positions[0].claims.length)}
              </span>
            ) : null}
          </h3>
          <FactPositions fact={fact} dict={dict} sources={sources} expanded={expanded} />
        </li>
      ))}
    </ul>
  )
}
