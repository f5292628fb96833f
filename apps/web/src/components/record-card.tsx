import { type SitrepRecord, venueLabel } from '@sitrep/domain'
import Link from 'next/link'
import type { Dictionaries } from '../lib/api.ts'
import { formatFuzzyDate } from '../lib/format-date.ts'
import { kindLabels, recordDate, recordHref } from '../lib/record-view.ts'
import { asserterName } from './asserter-name.tsx'

const detailOf = (record: SitrepRecord, dict: Dictionaries): string => {
  switch (record.kind) {
    case 'talk':
      return `Round ${record.round} · ${venueLabel(record.venueId, (id) => dict.place(id)?.name)}`
    case 'aid':
      return `${record.stage} · ${record.category}`
    case 'attack':
      return record.placeIds.map((id) => dict.place(id)?.name ?? id).join(', ')
    case 'statement':
      return `${asserterName(record.speaker, dict)} · ${record.mode}`
  }
}

/** A record in a list: what it is, when, and a link to all its evidence. */
export function RecordCard({ record, dict }: { record: SitrepRecord; dict: Dictionaries }) {
  const { date, disputed } = recordDate(record)
  return (
    <article className={`card kind-${record.kind}`} data-record-id={record.id}>
      <p className="meta">
        <span className={`badge kind kind-${record.kind}`}>{kindLabels[record.kind]}</span>
        <span>{date ? formatFuzzyDate(date) : 'undated'}</span>
        {disputed ? <span className="badge disputed">date disputed</span> : null}
      </p>
      <h3>
        <Link href={recordHref(record.id)}>{record.title}</Link>
      </h3>
      <p className="detail">{detailOf(record, dict)}</p>
      {record.summary ? <p>{record.summary}</p> : null}
    </article>
  )
}
