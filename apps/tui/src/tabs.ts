import type { RecordKind } from '@sitrep/domain'

/** The dashboard's tabs in key order: key 1 is Talks, key 6 the Timeline. */
export const TABS = [
  { id: 'talks', label: 'Talks', kind: 'talk' },
  { id: 'aid', label: 'Aid', kind: 'aid' },
  { id: 'attacks', label: 'Attacks', kind: 'attack' },
  { id: 'statements', label: 'Statements', kind: 'statement' },
  { id: 'disputes', label: 'Disputes' },
  { id: 'timeline', label: 'Timeline' },
] as const satisfies readonly { id: string; label: string; kind?: RecordKind }[]

export type Tab = (typeof TABS)[number]
export type TabId = Tab['id']

export const tabById = (id: TabId): Tab => TABS.find((t) => t.id === id) ?? TABS[0]

export const isTabId = (value: string): value is TabId => TABS.some((t) => t.id === value)
