import type { SitrepClient } from '@sitrep/client'
import { Box, Text, useInput } from 'ink'
import { useState } from 'react'
import { ItemDetail } from '../components/item-detail.tsx'
import { RecordList } from '../components/record-list.tsx'
import { SplitPane } from '../components/split-pane.tsx'
import { KeyHints } from '../components/status-line.tsx'
import { useLoadAhead } from '../hooks/use-load-ahead.ts'
import { useSearch } from '../hooks/use-search.ts'
import type { TerminalSize } from '../hooks/use-terminal-size.ts'
import type { Names } from '../lib/names.ts'
import type { ListItem } from '../lib/record-summary.ts'
import { useTheme } from '../lib/theme.tsx'
import { listNote } from './browse-screen.tsx'

/**
 * `/`: type words, Enter searches; Enter again opens the selected result. Results page in as the
 * selection nears the last loaded one, as a tab's rows do.
 */
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
  const rows = results.loaded.data ?? []
  useLoadAhead(results, selected)
  useInput((input, key) => {
    if (key.escape) onBack()
    else if (key.downArrow) setSelected((s) => Math.min(s + 1, rows.length - 1))
    else if (key.upArrow) setSelected((s) => Math.max(s - 1, 0))
    else if (key.pageDown) setSelected((s) => Math.min(s + 10, rows.length - 1))
    else if (key.pageUp) setSelected((s) => Math.max(s - 10, 0))
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
          submitted ? (
            <ItemDetail item={rows[selected]} names={names} />
          ) : (
            <Text>Type words, then Enter.</Text>
          )
        }
      />
      <Text>{submitted ? listNote(results.loaded, results.more) : ' '}</Text>
      <KeyHints hints="Enter search / open  ↑↓ PgUp/PgDn move  Esc back" />
    </Box>
  )
}
