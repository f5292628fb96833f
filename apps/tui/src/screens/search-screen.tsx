import type { SitrepClient } from '@sitrep/client'
import { Box, Text, useInput } from 'ink'
import { useState } from 'react'
import { ItemDetail } from '../components/item-detail.tsx'
import { RecordList } from '../components/record-list.tsx'
import { SplitPane } from '../components/split-pane.tsx'
import { KeyHints } from '../components/status-line.tsx'
import { useSearch } from '../hooks/use-search.ts'
import type { TerminalSize } from '../hooks/use-terminal-size.ts'
import type { Names } from '../lib/names.ts'
import type { ListItem } from '../lib/record-summary.ts'
import { useTheme } from '../lib/theme.tsx'
import { loadNote } from './browse-screen.tsx'

/** `/`: type words, Enter searches; Enter again opens the selected result. */
export const SearchScreen = ({
  client,
  names,
  size,
  fresh,
  initialQuery = '',
  onOpen,
  onBack,
}: {
  client: SitrepClient
  names: Names
  size: TerminalSize
  fresh: ReadonlySet<string>
  initialQuery?: string
  onOpen: (item: ListItem, query: string) => void
  onBack: () => void
}) => {
  const theme = useTheme()
  const [text, setText] = useState(initialQuery)
  const [submitted, setSubmitted] = useState(initialQuery)
  const [selected, setSelected] = useState(0)
  const results = useSearch(client, submitted)
  const rows = results?.data ?? []
  useInput((input, key) => {
    if (key.escape) onBack()
    else if (key.downArrow) setSelected((s) => Math.min(s + 1, rows.length - 1))
    else if (key.upArrow) setSelected((s) => Math.max(s - 1, 0))
    else if (key.return) {
      const item = rows[selected]
      if (text.trim() === submitted && item) onOpen(item, submitted)
      else {
        setSubmitted(text.trim())
        setSelected(0)
      }
    } else if (key.backspace || key.delete) setText((t) => t.slice(0, -1))
    else if (input && !key.ctrl && !key.meta) setText((t) => t + input)
  })
  const bodyHeight = Math.max(3, size.rows - 4)
  return (
    <Box flexDirection="column" width={size.columns} height={size.rows - 1}>
      <Text>
        <Text bold color={theme.accent}>
          Search:{' '}
        </Text>
        {text}
        <Text inverse> </Text>
      </Text>
      <SplitPane
        columns={size.columns}
        height={bodyHeight}
        list={(width) => (
          <RecordList
            items={rows}
            selected={selected}
            height={bodyHeight}
            width={width}
            fresh={fresh}
            showKind
          />
        )}
        detail={
          results ? (
            <ItemDetail item={rows[selected]} names={names} />
          ) : (
            <Text>Type words, then Enter.</Text>
          )
        }
      />
      <Text>{results ? loadNote(results) : ' '}</Text>
      <KeyHints hints="Enter search / open  ↑↓ move  Esc back" />
    </Box>
  )
}
