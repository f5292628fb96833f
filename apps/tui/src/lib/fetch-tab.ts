import type { SitrepClient } from '@sitrep/client'
import type { RecordFilter, RecordKind, StoredRecord } from '@sitrep/domain'
import type { TabId } from '../tabs.ts'
import { disputeItem, type ListItem, recordItem } from './record-summary.ts'

/** The filters the `f` screen sets: a date range, a place, an actor. */
export type DashboardFilter = Pick<RecordFilter, 'from' | 'to' | 'placeId' | 'actorId'>

const hasDate = ({ record }: StoredRecord) =>
  record.claims.some((c) => c.fact === 'date' && c.value.resolved)

/** Newest first, as a live blog reads; records with no known date follow, not lead. */
export const undatedLast = (items: readonly StoredRecord[]): StoredRecord[] => [
  ...items.filter(hasDate),
  ...items.filter((i) => !hasDate(i)),
]

/** Enough for a duty officer's screen; the CLI's export is the way to everything. */
const LIMIT = 200

export const fetchTab = async (
  client: SitrepClient,
  tab: TabId,
  filter: DashboardFilter,
): Promise<ListItem[]> => {
  const query = { ...filter, limit: LIMIT }
  switch (tab) {
    case 'talks':
      return (await client.talks.list(query)).items.map(recordItem)
    case 'aid':
      return (await client.aid.list(query)).items.map(recordItem)
    case 'attacks':
      return (await client.attacks.list(query)).items.map(recordItem)
    case 'statements':
      return (await client.statements.list(query)).items.map(recordItem)
    case 'disputes':
      return (await client.disputes(query)).items.map(disputeItem)
    case 'timeline':
      return undatedLast((await client.events.list({ ...query, sort: '-date' })).items).map(
        recordItem,
      )
  }
}

/** One record by id through its kind's route. */
export const fetchRecord = (
  client: SitrepClient,
  kind: RecordKind,
  id: string,
): Promise<StoredRecord> => {
  switch (kind) {
    case 'talk':
      return client.talks.get(id)
    case 'aid':
      return client.aid.get(id)
    case 'attack':
      return client.attacks.get(id)
    case 'statement':
      return client.statements.get(id)
  }
}
