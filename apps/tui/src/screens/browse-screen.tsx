import { Box, Text, useInput } from 'ink'
import { ItemDetail } from '../components/item-detail.tsx'
import { RecordList } from '../components/record-list.tsx'
import { SplitPane } from '../components/split-pane.tsx'
import { KeyHints, StatusLine } from '../components/status-line.tsx'
import { TabBar, tabBarHeight } from '../components/tab-bar.tsx'
import type { LiveState } from '../hooks/use-change-stream.ts'
import type { Loaded, More } from '../hooks/use-paged-items.ts'
import type { TerminalSize } from '../hooks/use-terminal-size.ts'
import { isNetworkError, unreachableNote } from '../lib/failure.ts'
import type { Names } from '../lib/names.ts'
import type { ListItem } from '../lib/record-summary.ts'
import { TABS, type TabId } from '../tabs.ts'

export interface BrowseScreenProps {
  readonly tab: TabId
  readonly items: Loaded<ListItem[]>
  readonly more: More
  readonly selected: number
  readonly names: Names
  readonly live: LiveState
  readonly size: TerminalSize
  /** Where the API is, for the message when it does not answer. */
  readonly apiUrl?: string
  readonly filterNote?: string
  readonly onTab: (tab: TabId) => void
  /** Moves the selection by `delta` rows; relative, so keys typed faster than a redraw all count. */
  readonly onMove: (delta: number) => void
  readonly onOpenSelected: () => void
  readonly onNavigate: (screen: 'search' | 'filter' | 'help' | 'overview') => void
  readonly onRefresh: () => void
  readonly onQuit: () => void
}

const HINTS = '1-6 tabs  ↑↓/jk move  Enter open  / search  f filter  r refresh  ? help  q quit'

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))

export const loadNote = (items: Loaded<ListItem[]>, apiUrl = 'its address'): string => {
  if (items.state === 'loading') return 'loading…'
  if (items.state === 'error' && isNetworkError(items.error)) return unreachableNote(apiUrl)
  if (items.state === 'error') return `error: ${errorText(items.error)}`
  return items.data.length === 1 ? '1 item' : `${items.data.length} items`
}

/** How many rows are loaded and whether more exist, for the status line. */
export const listNote = (items: Loaded<ListItem[]>, more: More, apiUrl?: string): string => {
  if (!items.data) return loadNote(items, apiUrl)
  // A refresh that failed keeps the rows it would have replaced; say so after their count.
  const stale = items.state === 'error' ? ` · ${loadNote(items, apiUrl)}` : ''
  const count = items.data.length
  switch (more.state) {
    case 'none':
      return `${count === 1 ? 'the only item' : `all ${count} items`}${stale}`
    case 'available':
      return `${count} loaded · more below${stale}`
    case 'loading':
      return `${count} loaded · loading more…`
    case 'failed':
      return `${count} loaded · could not load more: ${errorText(more.error)}`
  }
}

/** The dashboard's main screen: tabs, the list and the selected item's detail, live status. */
export const BrowseScreen = (props: BrowseScreenProps) => {
  const { tab, items, selected, names, live, size } = props
  const rows = items.data ?? []
  useInput((typed, key) => {
    // A fast typist's (or tmux's) keys can arrive in one chunk: "jj" moves twice.
    const repeat = /^(j+|k+)$/.test(typed) ? typed.length : 1
    const input = typed.slice(0, 1)
    const tabIndex = Number(input) - 1
    const chosen = TABS[tabIndex]
    if (chosen) props.onTab(chosen.id)
    else if (key.downArrow || input === 'j') props.onMove(repeat)
    else if (key.upArrow || input === 'k') props.onMove(-repeat)
    else if (key.pageDown) props.onMove(10)
    else if (key.pageUp) props.onMove(-10)
    else if (key.return) props.onOpenSelected()
    else if (input === '/') props.onNavigate('search')
    else if (input === 'f') props.onNavigate('filter')
    else if (input === '?') props.onNavigate('help')
    else if (input === 'o') props.onNavigate('overview')
    else if (input === 'r') props.onRefresh()
    else if (input === 'q') props.onQuit()
  })
  // Tabs (and the filter's line), status and key hints around the panes; Ink keeps the last row.
  // Offline (the change feed's own verdict) or a list that failed at the network: an empty list
  // then means "no API", not "no records".
  const unreachable =
    live.connection === 'offline' || (items.state === 'error' && isNetworkError(items.error))
  const emptyNote = unreachable ? unreachableNote(props.apiUrl ?? 'its address') : undefined
  const bodyHeight = Math.max(3, size.rows - 3 - tabBarHeight(props.filterNote))
  return (
    <Box flexDirection="column" width={size.columns} height={size.rows - 1}>
      <TabBar active={tab} {...(props.filterNote ? { filterNote: props.filterNote } : {})} />
      <SplitPane
        columns={size.columns}
        height={bodyHeight}
        list={(width) =>
          rows.length === 0 && items.state !== 'ready' ? (
            // The detail pane beside it says where the API was looked for and what to do.
            <Text>{emptyNote ? 'API unreachable' : loadNote(items, props.apiUrl)}</Text>
          ) : (
            <RecordList
              items={rows}
              selected={selected}
              height={bodyHeight}
              width={width}
              fresh={live.fresh}
              showKind={tab === 'timeline'}
            />
          )
        }
        detail={
          <ItemDetail
            item={rows[selected]}
            names={names}
            {...(emptyNote ? { empty: emptyNote } : {})}
          />
        }
      />
      <StatusLine live={live} note={listNote(items, props.more, props.apiUrl)} />
      <KeyHints hints={HINTS} />
    </Box>
  )
}
