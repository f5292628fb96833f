import type { Metadata } from 'next'
import { FactList } from '../../../components/fact-list.tsx'
import { RecordFields } from '../../../components/record-fields.tsx'
import { StatementCard } from '../../../components/statement-card.tsx'
import { answeringStatements } from '../../../lib/answering-statements.ts'
import { api, dictionaries, sourceIndex } from '../../../lib/api.ts'
import { formatInstant } from '../../../lib/format-date.ts'
import { getAnyRecord } from '../../../lib/get-any-record.ts'
import { orNotFound } from '../../../lib/or-not-found.ts'

interface Props {
  readonly params: Promise<{ id: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  return { title: decodeURIComponent(id) }
}

/** Any record: every fact with every piece of evidence behind it, and every revision. */
export default async function RecordPage({ params }: Props) {
  const { id } = await params
  const [{ record, meta, revisions, deletion }, dict, sources, statements] = await Promise.all([
    orNotFound(getAnyRecord(decodeURIComponent(id))),
    dictionaries(),
    sourceIndex(),
    // The API has no "about" filter yet; one page of statements is read and matched here.
    api.statements.list({ limit: 500 }),
  ])
  const answers = answeringStatements(
    record.id,
    statements.items.map((s) => s.record),
  )
  return (
    <article>
      {deletion ? (
        <div className="notice" data-testid="deleted-notice">
          <p>
            <strong>Deleted</strong> on {formatInstant(deletion.at)} by <code>{deletion.by}</code>
            {deletion.reason ? ` — ${deletion.reason}` : ''}. It is shown as it was before, with
            every version below; lists and search leave it out.
          </p>
          <p className="muted">
            An editor can bring it back: <code>POST /v1/records/{record.id}/restore</code> with{' '}
            <code>If-Match: "{deletion.version}"</code>.
          </p>
        </div>
      ) : null}
      <h1>{record.title}</h1>
      {record.summary ? <p>{record.summary}</p> : null}
      <RecordFields record={record} dict={dict} />
      <section aria-labelledby="facts">
        <h2 id="facts">Facts and their evidence</h2>
        <FactList record={record} dict={dict} sources={sources} expanded />
      </section>
      {answers.length ? (
        <section aria-labelledby="answers">
          <h2 id="answers">Denials and corrections</h2>
          <ul className="cards">
            {answers.map(({ statement }) => (
              <li key={statement.id}>
                <StatementCard
                  statement={statement}
                  dict={dict}
                  titles={new Map([[record.id, record.title]])}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="history" className="history">
        <h2 id="history">Revision history</h2>
        <p className="muted">
          Version {meta.version}, last changed {formatInstant(meta.updatedAt)}.
        </p>
        <ol>
          {revisions.map((r) => (
            <li key={r.version}>
              Version {r.version}: {r.operation} by <code>{r.by}</code> on {formatInstant(r.at)}
              {r.reason ? ` — ${r.reason}` : ''}
            </li>
          ))}
        </ol>
      </section>
    </article>
  )
}
