import {
  type ActorId,
  type Asserter,
  type Evidence,
  evidenceActorIds,
  measureBounds,
  type PlaceId,
  type SitrepRecord,
  talkStatuses,
} from '@sitrep/domain'

/** Sorts undated records after every real date, whichever way the list is sorted by default. */
export const UNDATED = '9999-12-31'

export interface DateHull {
  start: string | null
  end: string | null
}

/**
 * The filters' date window: the hull of the resolved "date" claims. A record with disputed dates
 * (Wednesday vs Thursday) matches a filter touching either day, as the domain's filter asks.
 */
export const dateHull = (record: SitrepRecord): DateHull => {
  let start: string | null = null
  let end: string | null = null
  for (const claim of record.claims) {
    if (claim.fact !== 'date' || !claim.value.resolved) continue
    if (start === null || claim.value.start < start) start = claim.value.start
    if (end === null || claim.value.end > end) end = claim.value.end
  }
  return { start, end }
}

/**
 * The status a talk is filtered and counted by: the domain's `talkStatuses`, the one every view
 * shows (the latest, and on the same day the furthest along); of a disputed status, the position
 * the strongest attribution holds, which the domain lists first.
 */
export const currentTalkStatus = (record: SitrepRecord): string | null =>
  record.kind === 'talk' ? (talkStatuses(record)[0]?.status ?? null) : null

const asserterActors = (a: Asserter | undefined): ActorId[] => {
  if (!a) return []
  if (a.type === 'actor') return [a.actorId]
  return a.affiliationId ? [a.affiliationId] : []
}

/** Actors behind evidence: named speakers, outlets, and the bodies unnamed speakers belong to. */
const claimActors = (e: Evidence): ActorId[] => [
  ...evidenceActorIds(e),
  ...[e.assertedBy, e.citing, e.reportedBy].flatMap((a) =>
    a?.type === 'unnamed' && a.affiliationId ? [a.affiliationId] : [],
  ),
]

const kindActors = (record: SitrepRecord): ActorId[] => {
  switch (record.kind) {
    case 'talk':
      return [
        ...record.partyIds,
        ...record.delegations.flatMap((d) => (d.headId ? [d.partyId, d.headId] : [d.partyId])),
      ]
    case 'aid':
      return [...record.donorIds, record.recipientId, ...(record.forum?.chairIds ?? [])]
    case 'attack':
      return [record.attackerId, record.targetId]
    case 'statement':
      return asserterActors(record.speaker)
  }
}

/** Every actor the record names, the asserters behind its evidence included. */
export const recordActorIds = (record: SitrepRecord): ActorId[] => [
  ...new Set([...kindActors(record), ...record.claims.flatMap(claimActors)]),
]

const claimPlaces = (record: SitrepRecord): PlaceId[] =>
  record.claims.flatMap((claim) => {
    const value: unknown = claim.value
    const places: PlaceId[] = []
    if (claim.fact === 'effect') places.push(...claim.value.placeIds)
    if (typeof value === 'object' && value !== null && 'scope' in value) {
      if (typeof value.scope === 'string') places.push(value.scope)
    }
    return places
  })

/** Every place the record names: venue, attack sites, effect places, the scopes of its counts. */
export const recordPlaceIds = (record: SitrepRecord): PlaceId[] => {
  const own =
    record.kind === 'talk'
      ? record.venueId
        ? [record.venueId]
        : []
      : record.kind === 'attack'
        ? record.placeIds
        : []
  return [...new Set([...own, ...claimPlaces(record)])]
}

/** The words search looks through besides the title: summary, what was said, every quote. */
export const searchBody = (record: SitrepRecord): string =>
  [
    record.summary,
    record.kind === 'statement' ? record.text : undefined,
    ...record.claims.flatMap((c) => [c.quote, c.note]),
  ]
    .filter((s): s is string => s !== undefined)
    .join('\n')

/** The highest lower bound among a fact's counts: "at least one" in Kyiv and "two" nationwide give 2. */
export const casualtyFloor = (record: SitrepRecord, fact: 'killed' | 'injured'): number | null => {
  if (record.kind !== 'attack') return null
  let floor: number | null = null
  for (const claim of record.claims) {
    if (claim.fact !== fact) continue
    const low = measureBounds(claim.value).low
    if (floor === null || low > floor) floor = low
  }
  return floor
}
