import type {
  DraftReview,
  EntryOptions,
  IngestInput,
  ReviewNewName,
} from '../../app/ingest/ingest-state.ts'
import { DraftReviewCard } from './draft-review-card.tsx'
import { HighlightedArticle } from './highlighted-article.tsx'
import { NewNameChoice, PLACE_ENTRIES } from './new-name-choice.tsx'

/**
 * The drafts beside the marked article. The article itself goes back in hidden fields: publishing
 * reads it again (see actions.ts), so only the editor's choices need to travel with it.
 */
export function ReviewForm({
  input,
  drafts,
  names,
  entries,
  action,
  pending,
}: {
  input: IngestInput
  drafts: readonly DraftReview[]
  names: readonly ReviewNewName[]
  entries: EntryOptions
  action: (form: FormData) => void
  pending: boolean
}) {
  return (
    <form action={action}>
      <input type="hidden" name="intent" value="publish" />
      {Object.entries(input).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="split ingest-review">
        <section aria-labelledby="ingest-drafts">
          <h2 id="ingest-drafts">{drafts.length} drafts</h2>
          {names.length ? (
            <fieldset className="decision new-names">
              <legend>
                Names not in the dictionaries (one choice each, for every draft using it)
              </legend>
              {names.map((newName) => (
                <NewNameChoice
                  key={newName.field}
                  newName={newName}
                  actors={entries.actor}
                  actorKinds={entries.actorKinds}
                />
              ))}
            </fieldset>
          ) : null}
          <ul className="cards" data-testid="ingest-drafts">
            {drafts.map((draft) => (
              <li key={draft.id}>
                <DraftReviewCard draft={draft} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="ingest-marked">
          <h2 id="ingest-marked">The article, evidence marked</h2>
          <HighlightedArticle text={input.text} drafts={drafts} />
        </section>
      </div>
      {entries.place.length ? (
        <datalist id={PLACE_ENTRIES}>
          {entries.place.map((o) => (
            <option key={o.id} value={o.id} label={o.label} />
          ))}
        </datalist>
      ) : null}
      <p className="actions">
        <button type="submit" disabled={pending}>
          Publish accepted drafts
        </button>{' '}
        {names.length ? (
          <button type="submit" name="check" value="names" disabled={pending}>
            Check name mappings
          </button>
        ) : null}
      </p>
    </form>
  )
}
