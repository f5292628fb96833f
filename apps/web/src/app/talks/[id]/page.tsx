import { venueLabel } from '@sitrep/domain'
import type { Metadata } from 'next'
import Link from 'next/link'
import { FactList } from '../../../components/fact-list.tsx'
import { StatementCard } from '../../../components/statement-card.tsx'
import { api, dictionaries, sourceIndex } from '../../../lib/api.ts'
import { orNotFound } from '../../../lib/or-not-found.ts'
import { recordTitles } from '../../../lib/record-titles.ts'
import { recordHref } from '../../../lib/record-view.ts'

interface Props {
  readonly params: Promise<{ id: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  return { title: `Talks ${id}` }
}

export default async function TalkPage({ params }: Props) {
  const { id } = await params
  const [{ record: talk }, dict, sources, statements] = await Promise.all([
    orNotFound(api.talks.get(decodeURIComponent(id))),
    dictionaries(),
    sourceIndex(),
    // The API has no "about" filter yet; one page of statements is read and matched here.
    api.statements.list({ limit: 500 }),
  ])
  const about = statements.items.filter((s) => s.record.aboutIds.includes(talk.id))
  const titles = await recordTitles(about.flatMap((s) => s.record.aboutIds))
  const name = (actorId: string) => dict.actor(actorId)?.name ?? actorId
  return (
    <article>
      <h1>{talk.title}</h1>
      <p className="meta">
        <span>Round {talk.round}</span>
        <span>{venueLabel(talk.venueId, (id) => dict.place(id)?.name)}</span>
        <span>{talk.level} level</span>
        <span>{talk.partyIds.map(name).join(' – ')}</span>
        {talk.previousRoundId ? (
          <Link href={`/talks/${encodeURIComponent(talk.previousRoundId)}`}>Previous round</Link>
        ) : null}
        <Link href={recordHref(talk.id)}>Full record and history</Link>
      </p>
      {talk.summary ? <p>{talk.summary}</p> : null}
      <section aria-labelledby="when">
        <h2 id="when">Date and status</h2>
        <FactList record={talk} dict={dict} sources={sources} only={['date', 'status']} />
      </section>
      <section aria-labelledby="agenda">
        <h2 id="agenda">Agenda and outcomes</h2>
        <FactList record={talk} dict={dict} sources={sources} only={['agenda', 'outcome']} />
      </section>
      <section aria-labelledby="delegations">
        <h2 id="delegations">Delegations</h2>
        {talk.delegations.length ? (
          <ul>
            {talk.delegations.map((d) => (
              <li key={d.partyId}>
                {name(d.partyId)}: {d.headId ? `led by ${name(d.headId)}` : 'head not named'}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">The sources name no delegations.</p>
        )}
      </section>
      <section aria-labelledby="statements">
        <h2 id="statements">Statements about this round</h2>
        {about.length ? (
          <ul className="cards">
            {about.map(({ record }) => (
              <li key={record.id}>
                <StatementCard statement={record} dict={dict} titles={titles} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None recorded.</p>
        )}
      </section>
    </article>
  )
}
