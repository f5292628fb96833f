import { Text } from 'ink'
import type { Names } from '../lib/names.ts'
import type { ListItem } from '../lib/record-summary.ts'
import { DisputeDetail, RecordDetail } from './record-detail.tsx'

/** The detail pane for whatever row is selected, or a hint when there is none. */
export const ItemDetail = ({
  item,
  names,
  empty = 'Nothing here. Press f to change the filter or / to search.',
}: {
  item: ListItem | undefined
  names: Names
  /** What to say when no row is selected; an unreachable API says so rather than "nothing". */
  empty?: string
}) => {
  if (!item) return <Text>{empty}</Text>
  return item.type === 'record' ? (
    <RecordDetail stored={item.stored} names={names} />
  ) : (
    <DisputeDetail dispute={item.dispute} names={names} />
  )
}
