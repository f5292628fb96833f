import { Box, Text } from 'ink'
import {
  answerMark,
  itemRecordId,
  kindLabel,
  type ListItem,
  listDate,
  listTitle,
} from '../lib/record-summary.ts'
import { useTheme } from '../lib/theme.tsx'

export interface RecordListProps {
  readonly items: readonly ListItem[]
  readonly selected: number
  readonly height: number
  readonly width: number
  readonly fresh: ReadonlySet<string>
  readonly showKind?: boolean
}

/** Keeps the selected row inside the window, scrolling only when it would leave it. */
export const windowStart = (selected: number, count: number, height: number): number =>
  Math.max(0, Math.min(selected - Math.floor(height / 2), count - height))

const rowText = (item: ListItem, showKind: boolean): string => {
  if (item.type === 'dispute') {
    const d = item.dispute
    return `${d.fact.padEnd(8)} ${d.positions.length} positions  ${d.title}`
  }
  const { record } = item.stored
  const kind = showKind ? `${kindLabel[record.kind].padEnd(6)} ` : ''
  const date = listDate(record)
  return `${date.padEnd(11)} ${kind}${answerMark(record)}${listTitle(record.title, date)}`
}

/** The list pane: one line per item, the selected one inverse, fresh ones marked and coloured. */
export const RecordList = ({
  items,
  selected,
  height,
  width,
  fresh,
  showKind = false,
}: RecordListProps) => {
  const theme = useTheme()
  const start = windowStart(selected, items.length, height)
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {items.slice(start, start + height).map((item, offset) => {
        const isFresh = fresh.has(itemRecordId(item))
        return (
          <Text
            key={item.id}
            wrap="truncate"
            inverse={start + offset === selected}
            bold={isFresh}
            color={isFresh ? theme.fresh : undefined}
          >
            {`${isFresh ? '+' : ' '}${rowText(item, showKind)}`}
          </Text>
        )
      })}
    </Box>
  )
}
