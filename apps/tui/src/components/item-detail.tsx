import { Text } from 'ink'
import type { Names } from '../lib/names.ts'
import type { ListItem } from '../lib/record-summary.ts'
import { DisputeDetail, RecordDetail } from './record-detail.tsx'

/** The detail pane for whatever row is selected, or a hint when there is none. */
export const ItemDetail = ({ item, names }: { item: ListItem | undefined; names: Names }) => {
  if (!item) return <Text>Nothing here. Press f to change the filter or / to search.</Text>
  return item.type === 'record' ? (
    <RecordDetail stored={item.stored} names={names} />
  ) : (
    <DisputeDetail dispute={item.dispute} names={names} />
  )
}
