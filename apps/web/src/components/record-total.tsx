import type { ListTotal } from '@sitrep/domain'
import { countOf, pageTotal } from '../lib/list-order.ts'

/** "N records" matching the filters, when the list answer says; nothing when it does not. */
export function RecordTotal({ page }: { page: { total?: ListTotal } | undefined }) {
  const total = pageTotal(page)
  return total === undefined ? null : <p className="muted total">{countOf(total, 'record')}</p>
}
