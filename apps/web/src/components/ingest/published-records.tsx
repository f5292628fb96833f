import type { MappedName, PublishedRecord } from '../../app/ingest/ingest-state.ts'

const recordLink = (r: PublishedRecord) => (
  <li key={r.id}>
    <a href={`/records/${encodeURIComponent(r.id)}`}>{r.title}</a>{' '}
    <span className="muted">({r.kind})</span>
  </li>
)

/** What the publish wrote, each record one click away; they are on the timeline from now on. */
export function PublishedRecords({
  created,
  merged,
  mapped,
  added,
}: {
  created: readonly PublishedRecord[]
  merged: readonly PublishedRecord[]
  mapped: readonly MappedName[]
  added: readonly { name: string; id: string; kind: string }[]
}) {
  return (
    <section aria-labelledby="ingest-published" role="status" className="notice">
      <h2 id="ingest-published">Published</h2>
      {created.length ? (
        <>
          <h3>New records</h3>
          <ul data-testid="ingest-created">{created.map(recordLink)}</ul>
        </>
      ) : null}
      {merged.length ? (
        <>
          <h3>Evidence added to</h3>
          <ul data-testid="ingest-merged">{merged.map(recordLink)}</ul>
        </>
      ) : null}
      {mapped.length ? (
        <>
          <h3>Names linked to existing entries</h3>
          <ul data-testid="ingest-mapped">
            {mapped.map((m) => (
              <li key={`${m.name}|${m.toId}`}>
                {m.name} → {m.to} <span className="muted">({m.toId})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {added.length ? (
        <>
          <h3>Actors added to the dictionary</h3>
          <ul data-testid="ingest-added">
            {added.map((a) => (
              <li key={a.id}>
                {a.name}{' '}
                <span className="muted">
                  ({a.kind.replaceAll('-', ' ')}, {a.id})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        They are on the <a href="/timeline">timeline</a> now.{' '}
        <a href="/ingest">Ingest another article</a>.
      </p>
    </section>
  )
}
