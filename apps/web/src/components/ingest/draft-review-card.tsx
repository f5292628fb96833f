import type { DraftReview, EntryOption } from '../../app/ingest/ingest-state.ts'
import { decisionField, titleField } from '../../app/ingest/publish-decisions.ts'
import { spanAnchor } from './highlighted-article.tsx'
import { NewNameChoice } from './new-name-choice.tsx'

/**
 * One draft to judge: its title (editable), the words each claim stands on, and the choice —
 * merge its evidence into a record sitrep holds, publish it as new, or reject it — and, for each
 * name no dictionary holds, whether it is new or an entry sitrep already has.
 */
export function DraftReviewCard({
  draft,
  actors,
}: {
  draft: DraftReview
  actors: readonly EntryOption[]
}) {
  const titleId = `title-${draft.id}`
  return (
    <article className={`card kind-${draft.kind}`} data-draft-id={draft.id}>
      <p className="meta">
        <span className={`badge kind kind-${draft.kind}`}>{draft.kind}</span>
        <span>{draft.claims.length} claims</span>
      </p>
      <p className="field">
        <label htmlFor={titleId}>Title (of a new record; a merge keeps the record’s)</label>
        <input
          id={titleId}
          name={titleField(draft.id)}
          defaultValue={draft.title}
          maxLength={300}
          required
        />
      </p>
      <details>
        <summary>Evidence in the text</summary>
        <ul className="draft-claims">
          {draft.claims.map((claim) => (
            <li key={claim.id}>
              <strong>{claim.fact}</strong>:{' '}
              {claim.span ? (
                <a href={`#${spanAnchor(draft.id, claim.id)}`}>“{claim.quote}”</a>
              ) : (
                <span>“{claim.quote}” (not placed in the text)</span>
              )}
            </li>
          ))}
        </ul>
      </details>
      {draft.newNames.length ? (
        <fieldset className="decision new-names">
          <legend>Names not in the dictionaries, in “{draft.title}”</legend>
          {draft.newNames.map((newName) => (
            <NewNameChoice
              key={newName.field}
              draftId={draft.id}
              newName={newName}
              actors={actors}
            />
          ))}
        </fieldset>
      ) : null}
      <fieldset className="decision">
        <legend>Decision for “{draft.title}”</legend>
        {draft.matches.map((match) => {
          const value = `merge:${match.recordId}`
          return (
            <div key={match.recordId} className="choice">
              <label>
                <input
                  type="radio"
                  name={decisionField(draft.id)}
                  value={value}
                  defaultChecked={draft.suggested === value}
                />{' '}
                Merge into{' '}
                <a href={`/records/${encodeURIComponent(match.recordId)}`}>{match.title}</a>{' '}
                <span className="muted">(likeness {Math.round(match.score * 100)}%)</span>
              </label>
              <ul className="reasons">
                {match.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </div>
          )
        })}
        <label className="choice">
          <input
            type="radio"
            name={decisionField(draft.id)}
            value="new"
            defaultChecked={draft.suggested === 'new'}
          />{' '}
          Publish as a new record
        </label>
        <label className="choice">
          <input type="radio" name={decisionField(draft.id)} value="reject" /> Reject
        </label>
      </fieldset>
    </article>
  )
}
