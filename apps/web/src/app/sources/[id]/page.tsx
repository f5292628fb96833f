import type { Metadata } from 'next'
import Link from 'next/link'
import { api } from '../../../lib/api.ts'
import { orNotFound } from '../../../lib/or-not-found.ts'
import { recordHref } from '../../../lib/record-view.ts'
import { spanSegments } from '../../../lib/span-segments.ts'

interface Props {
  readonly params: Promise<{ id: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  return { title: `Source ${decodeURIComponent(id)}` }
}

/** A source document with every quoted span marked and linked to the record that cites it. */
export default async function SourcePage({ params }: Props) {
  const id = decodeURIComponent((await params).id)
  const [source, citing] = await Promise.all([
    orNotFound(api.sources.get(id)),
    // One page of the records citing it: enough for an article; the rest stay on the timeline.
    api.records.list({ sourceId: id, limit: 500 }),
  ])
  const evidence = citing.items.flatMap(({ record }) =>
    record.claims.flatMap((c) =>
      c.sourceId === id && c.span
        ? [{ id: c.id, ...c.span, recordId: record.id, fact: c.fact }]
        : [],
    ),
  )
  const text = source.text ?? ''
  return (
    <article>
      <h1>{source.title}</h1>
      <p className="meta">
        <span>{source.kind}</span>
        {source.publishedAt ? <span>published {source.publishedAt.slice(0, 10)}</span> : null}
        {source.outletName ? <span>{source.outletName}</span> : null}
        <span>
          {evidence.length} quoted spans in {citing.items.length} records
        </span>
      </p>
      {text ? (
        <div className="source-text">
          {spanSegments(text.length, evidence).map((segment) => {
            const words = text.slice(segment.start, segment.end)
            const anchors = segment.starting.map((e) => <span key={e} id={`ev-${e}`} />)
            if (segment.ids.length === 0) return <span key={segment.start}>{words}</span>
            const cited = evidence.filter((e) => segment.ids.includes(e.id))
            return (
              <span key={segment.start}>
                {anchors}
                <mark title={cited.map((e) => `${e.fact} in ${e.recordId}`).join('; ')}>
                  {words}
                </mark>
              </span>
            )
          })}
        </div>
      ) : (
        <p className="muted">sitrep does not hold this document’s text.</p>
      )}
      <h2>Records citing this source</h2>
      <ul>
        {citing.items.map(({ record }) => (
          <li key={record.id}>
            <Link href={recordHref(record.id)}>{record.title}</Link>
          </li>
        ))}
      </ul>
    </article>
  )
}
