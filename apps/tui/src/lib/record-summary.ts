import {
  deriveFacts,
  type Evidence,
  type FactView,
  type SitrepRecord,
  type StoredRecord,
} from '@sitrep/domain'

/** One row of a list pane: a record, or (on the Disputes tab) one contested fact of a record. */
export type ListItem =
  | { readonly type: 'record'; readonly id: string; readonly stored: StoredRecord }
  | { readonly type: 'dispute'; readonly id: string; readonly dispute: FactView }

export const recordItem = (stored: StoredRecord): ListItem => ({
  type: 'record',
  id: stored.record.id,
  stored,
})

export const disputeItem = (dispute: FactView): ListItem => ({
  type: 'dispute',
  id: `${dispute.recordId}#${dispute.fact}#${dispute.key}`,
  dispute,
})

/** The record an item is about: what Enter opens and what a change highlights. */
export const itemRecordId = (item: ListItem): string =>
  item.type === 'record' ? item.id : item.dispute.recordId

/** The record's date for a list row; a disputed date shows its earliest claim and a "?". */
export const listDate = (record: SitrepRecord): string => {
  const date = deriveFacts(record).find((f) => f.fact === 'date')
  if (!date) return '—'
  const claims = date.positions.flatMap((p) => p.claims)
  const first = claims.find((c) => c.fact === 'date')
  if (first?.fact !== 'date') return '—'
  const shown = first.value.resolved ? first.value.start : 'undated'
  return date.status === 'disputed' ? `${shown}?` : shown
}

/**
 * A title for a list row, which shows the date in its own column: the same date written into
 * the title ("Air Force report 2026-02-07: …", "16/02/2022 Missile strike …", as older imports
 * wrote them) is dropped, so the narrow pane spends its width on what happened.
 */
export const listTitle = (title: string, date: string): string => {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(date)
  if (!iso) return title
  const [, y, m, d] = iso
  const shorter = [`${y}-${m}-${d}`, `${d}/${m}/${y}`].reduce(
    (text, written) => text.replace(new RegExp(`\\s*${written}(?=[\\s:,]|$)`), ''),
    title,
  )
  const tidy = shorter.replace(/^[\s:,–-]+/, '').trim()
  return tidy === '' ? title : tidy
}

/**
 * "[denial] " for a statement whose words deny a record ("denied striking the city"), so the
 * duty officer sees it in the list beside what it answers; empty otherwise.
 */
export const answerMark = (record: SitrepRecord): string => {
  const claims: readonly Evidence[] = record.claims
  const stance = record.kind === 'statement' ? claims.find((c) => c.stance)?.stance : undefined
  return stance ? `[${stance.type}] ` : ''
}

export const kindLabel = { talk: 'talk', aid: 'aid', attack: 'attack', statement: 'stmt' } as const

/**
 * Records written since the dashboard opened go to the top of their list, in the order the
 * API gave them: a duty officer sees what is new without scrolling for it.
 */
export const freshFirst = (items: readonly ListItem[], fresh: ReadonlySet<string>): ListItem[] => [
  ...items.filter((i) => fresh.has(itemRecordId(i))),
  ...items.filter((i) => !fresh.has(itemRecordId(i))),
]

/**
 * The loaded rows with the next page after them. Keyset pages do not overlap, but a record edited
 * between two page loads can sort into a later page again: it stays where it was first shown.
 */
export const appendPage = (loaded: readonly ListItem[], page: readonly ListItem[]): ListItem[] => {
  const shown = new Set(loaded.map((i) => i.id))
  return [...loaded, ...page.filter((i) => !shown.has(i.id))]
}
