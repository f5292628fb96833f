import type { SitrepClient } from '@sitrep/client'
import type { StoredRecord } from '@sitrep/domain'
import { useApp } from 'ink'
import { useMemo, useRef, useState } from 'react'
import { useChangeStream, type Watch } from './hooks/use-change-stream.ts'
import { useDictionaries } from './hooks/use-dictionaries.ts'
import { useFreshRows } from './hooks/use-fresh-rows.ts'
import { nearEnd, useLoadAhead } from './hooks/use-load-ahead.ts'
import { useSettled } from './hooks/use-settled.ts'
import { type DashboardFilter, useTabItems } from './hooks/use-tab-items.ts'
import { useTerminalSize } from './hooks/use-terminal-size.ts'
import { PAGE_SIZE, type TabPage } from './lib/fetch-tab.ts'
import { type Dictionaries, namesFrom } from './lib/names.ts'
import { describeFilter, emptyFields, type FilterFields } from './lib/parse-filter.ts'
import { freshFirst, itemRecordId, type ListItem } from './lib/record-summary.ts'
import { moveSelection, reopenedSelection, type Selection, selectedIndex } from './lib/selection.ts'
import { BrowseScreen } from './screens/browse-screen.tsx'
import { FilterScreen } from './screens/filter-screen.tsx'
import { HelpScreen } from './screens/help-screen.tsx'
import { LoadingScreen } from './screens/loading-screen.tsx'
import { OverviewScreen } from './screens/overview-screen.tsx'
import { RecordScreen } from './screens/record-screen.tsx'
import { SearchScreen } from './screens/search-screen.tsx'
import type { TabId } from './tabs.ts'

type Screen =
  | { readonly name: 'browse' | 'search' | 'filter' | 'help' | 'overview' }
  | { readonly name: 'record'; readonly id: string; readonly from: 'browse' | 'search' }

export interface AppProps {
  readonly client: SitrepClient
  /** Follows the change feed; absent, the dashboard shows offline and refreshes only on `r`. */
  readonly watch?: Watch
  readonly initialTab?: TabId
  /** Where the API is, named when it does not answer. */
  readonly apiUrl?: string
  /** The first tab's first page and the dictionaries, fetched while the UI loaded: a full first frame. */
  readonly initial?: { readonly page: TabPage; readonly dictionaries: Dictionaries }
}

/** The dashboard: holds what outlives a screen (tab, selection, filter) and switches screens. */
export const App = ({ client, watch, initialTab = 'talks', initial, apiUrl }: AppProps) => {
  const { exit } = useApp()
  const size = useTerminalSize()
  const [tab, setTab] = useState<TabId>(initialTab)
  const [selectedByTab, setSelectedByTab] = useState<Partial<Record<TabId, Selection>>>({})
  // Keys can arrive faster than React redraws: moves and Enter read the selection from here,
  // always current, rather than from the last render.
  const selection = useRef(selectedByTab)
  const select = (next: Partial<Record<TabId, Selection>>) => {
    selection.current = next
    setSelectedByTab(next)
  }
  const [filter, setFilter] = useState<DashboardFilter>({})
  const [fields, setFields] = useState<FilterFields>(emptyFields)
  const [screen, setScreen] = useState<Screen>({ name: 'browse' })
  const [refreshes, setRefreshes] = useState(0)
  const [lastQuery, setLastQuery] = useState('')
  // The record the record screen shows, as opened (from search it may be in no tab's list);
  // a fresher copy in the current list wins, so live edits show there too.
  const [opened, setOpened] = useState<StoredRecord>()
  const live = useChangeStream(watch)
  const dictionaries = useDictionaries(client, initial?.dictionaries)
  const names = useMemo(() => namesFrom(dictionaries), [dictionaries])
  const writes = useSettled(live.changes, 150)
  const tabItems = useTabItems(
    client,
    tab,
    filter,
    refreshes + writes + live.reconnects,
    initial ? { tab: initialTab, page: initial.page } : undefined,
  )
  const { loaded } = tabItems
  const beyond = useFreshRows(client, tab, filter, live.fresh, writes, loaded.data)
  const items = useMemo(
    () =>
      loaded.data
        ? { ...loaded, data: [...beyond, ...freshFirst(loaded.data, live.fresh)] }
        : loaded,
    [loaded, live.fresh, beyond],
  )
  const rows = items.data ?? []
  const selected = selectedIndex(selectedByTab[tab], rows)
  useLoadAhead(tabItems, selected)

  const open = (item: ListItem, from: 'browse' | 'search') => {
    if (item.type === 'record') setOpened(item.stored)
    else {
      // A dispute names its record; the record itself is one request away.
      setOpened(undefined)
      void client.records
        .get(item.dispute.recordId)
        .then(setOpened, () => setScreen({ name: from }))
    }
    setScreen({ name: 'record', id: itemRecordId(item), from })
  }

  switch (screen.name) {
    case 'record': {
      const fresher = items.data?.find((i) => i.type === 'record' && i.id === screen.id)
      const stored = fresher?.type === 'record' ? fresher.stored : opened
      if (!stored)
        return <LoadingScreen what={screen.id} onBack={() => setScreen({ name: screen.from })} />
      return (
        <RecordScreen
          stored={stored}
          names={names}
          size={size}
          onBack={() => setScreen({ name: screen.from })}
          onQuit={exit}
        />
      )
    }
    case 'search':
      return (
        <SearchScreen
          client={client}
          names={names}
          size={size}
          fresh={live.fresh}
          initialQuery={lastQuery}
          onOpen={(item, query) => {
            setLastQuery(query)
            open(item, 'search')
          }}
          onBack={() => setScreen({ name: 'browse' })}
        />
      )
    case 'filter':
      return (
        <FilterScreen
          initial={fields}
          dictionaries={dictionaries}
          onApply={(next, nextFields) => {
            setFilter(next)
            setFields(nextFields)
            select({})
            setScreen({ name: 'browse' })
          }}
          onBack={() => setScreen({ name: 'browse' })}
        />
      )
    case 'help':
      return <HelpScreen onBack={() => setScreen({ name: 'browse' })} />
    case 'overview':
      return (
        <OverviewScreen
          client={client}
          filter={filter}
          names={names}
          size={size}
          onBack={() => setScreen({ name: 'browse' })}
          onQuit={exit}
        />
      )
    case 'browse':
      return (
        <BrowseScreen
          tab={tab}
          items={items}
          more={tabItems.more}
          selected={selected}
          names={names}
          live={live}
          size={size}
          {...(apiUrl ? { apiUrl } : {})}
          filterNote={describeFilter(filter, names)}
          onTab={(next) => {
            select({
              ...selection.current,
              [next]: reopenedSelection(selection.current[next], PAGE_SIZE),
            })
            setTab(next)
          }}
          onMove={(delta) => {
            const moved = moveSelection(selection.current[tab], rows, delta)
            select({ ...selection.current, [tab]: moved })
            // Also asks again after a page failed to load, which the load-ahead does not.
            if (nearEnd(moved.index, rows.length)) tabItems.loadMore()
          }}
          onOpenSelected={() => {
            const item = rows[selectedIndex(selection.current[tab], rows)]
            if (item) open(item, 'browse')
          }}
          onNavigate={(name) => setScreen({ name })}
          onRefresh={() => setRefreshes((n) => n + 1)}
          onQuit={exit}
        />
      )
  }
}
