import { decisionField, titleField } from '../../app/ingest/form-fields.ts'
import type { DraftReview } from '../../app/ingest/ingest-state.ts'
import { spanAnchor } from './highlighted-article.tsx'
import { draftCardId, nameControlId } from './new-name-choice.tsx'

/**
 * One draft to judge: its title (editable), the words each claim stands on, and the choice —
 * merge its evidence into a record sitrep holds, publish it as new, or reject it. The names no
 * dictionary holds are only named here, linked to their one control (see ReviewForm), as
 * another draft may read the same name.
 */
export function DraftReviewCard({ draft }: { draft: DraftReview }) {
  const titleId = `title-${draft.id}`
  return (
    <article
      id={draftCardId(draft.id)}
      className={`card kind-${draft.kind}`}
      data-draft-id={draft.id}
    >
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
        <p className="draft-new-names">
          Not in the dictionaries:{' '}
          {draft.newNames.map((n, i) => (
            <span key={n.field}>
              {i ? ', ' : ''}
              <a href={`#${nameControlId(n.field)}`}>{n.name}</a>{' '}
              <span className="muted">
                (
                {n.mappedTo
                  ? `mapped to ${n.mappedTo.name}`
                  : n.adds
                    ? `to be added as a new ${n.adds.replaceAll('-', ' ')}`
                    : `new ${n.type}`}
                )
              </span>
            </span>
          ))}
        </p>
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
