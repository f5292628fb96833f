import type { ListItem } from './record-summary.ts'

/**
 * The selected row of a list: the item's id, and its index for when that item is gone. Rows move
 * under the selection when a refresh lands (a record written above it, fresh records listed
 * first), and an index alone would then select another record.
 */
export interface Selection {
  readonly index: number
  readonly id?: string
}

/** Where the selected item is now; where it was, within the rows, if it is not among them. */
export const selectedIndex = (selection: Selection | undefined, rows: readonly ListItem[]) => {
  const found = selection?.id === undefined ? -1 : rows.findIndex((r) => r.id === selection.id)
  return found >= 0 ? found : Math.min(selection?.index ?? 0, Math.max(0, rows.length - 1))
}

export const moveSelection = (
  selection: Selection | undefined,
  rows: readonly ListItem[],
  delta: number,
): Selection => {
  const index = Math.max(0, Math.min(selectedIndex(selection, rows) + delta, rows.length - 1))
  const id = rows[index]?.id
  return id === undefined ? { index } : { index, id }
}

/**
 * The selection to show when a tab opens again. Its list starts again from the first page, so a
 * selection deeper than that starts at the top instead of pulling page after page back in.
 */
export const reopenedSelection = (selection: Selection | undefined, pageSize: number) =>
  selection && selection.index < pageSize ? selection : undefined
