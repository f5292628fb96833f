import { type Talk, talkStatuses } from '@sitrep/domain'

/**
 * A talk's status in a list, from the domain's `talkStatuses`, the value its own page shows: so
 * the list, the overview and the talk page never name different statuses for one round.
 */
export function TalkStatusText({ talk }: { talk: Talk }) {
  const statuses = talkStatuses(talk)
  if (statuses.length === 0) return <>status unknown</>
  return (
    <>
      {statuses.map((s) => s.status).join(' or ')}
      {statuses.length > 1 ? <span className="badge disputed">disputed</span> : null}
    </>
  )
}
