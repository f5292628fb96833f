import { roleOn, type Statement } from '@sitrep/domain'
import Link from 'next/link'
import type { Dictionaries } from '../lib/api.ts'
import { formatFuzzyDate } from '../lib/format-date.ts'
import { stanceWords } from '../lib/origin-words.ts'
import { firstDay, recordDate, recordHref } from '../lib/record-view.ts'
import { asserterName } from './asserter-name.tsx'

/**
 * The role a speaker held on the day they spoke, from the actor dictionary (roles change:
 * Shmyhal became defence minister in July 2025); the source's own wording when there is none.
 */
const speakerRole = (statement: Statement, dict: Dictionaries): string | undefined => {
  const day = firstDay(statement)
  const actor =
    statement.speaker.type === 'actor' ? dict.actor(statement.speaker.actorId) : undefined
  const role = actor && day ? roleOn(actor, day) : undefined
  return role?.title ?? statement.speakerRole
}

/** A statement with quotes styled as quotes and paraphrases as reported speech. */
export function StatementCard({
  statement,
  dict,
  titles,
}: {
  statement: Statement
  dict: Dictionaries
  /** Titles of the records statements are about (recordTitles); the id stands in for a missing one. */
  titles: ReadonlyMap<string, string>
}) {
  const { date } = recordDate(statement)
  const role = speakerRole(statement, dict)
  // "denied striking the city": a statement that answers a record says so before its words
  const stance = statement.claims.find((c) => c.stance)?.stance
  const answered = stance?.answersAsserter && asserterName(stance.answersAsserter, dict)
  return (
    <article className={`card ${statement.mode}`} data-record-id={statement.id}>
      <p className="meta">
        <span className="badge kind">{statement.mode === 'quote' ? 'Quote' : 'Paraphrase'}</span>
        <span>{date ? formatFuzzyDate(date) : 'undated'}</span>
        <span>{statement.channel.replaceAll('-', ' ')}</span>
        {stance ? (
          <span className={`badge stance stance-${stance.type}`} data-testid="stance">
            {stanceWords(stance, answered)}
          </span>
        ) : null}
      </p>
      <h3>
        <Link href={recordHref(statement.id)}>{asserterName(statement.speaker, dict)}</Link>
        {role ? <span className="muted">, {role}</span> : null}
      </h3>
      {statement.mode === 'quote' ? (
        <blockquote>“{statement.text}”</blockquote>
      ) : (
        <p className="said">{statement.text}</p>
      )}
      {statement.audience ? <p className="muted">To {statement.audience}</p> : null}
      {statement.aboutIds.length ? (
        <p>
          About:{' '}
          {statement.aboutIds.map((id, i) => (
            <span key={id}>
              {i > 0 ? ', ' : ''}
              <Link href={recordHref(id)}>{titles.get(id) ?? id}</Link>
            </span>
          ))}
        </p>
      ) : null}
    </article>
  )
}
