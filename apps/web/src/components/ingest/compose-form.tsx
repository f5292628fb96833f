import type { IngestInput } from '../../app/ingest/ingest-state.ts'

/** The article and what is known of it; every field keeps what the editor typed. */
export function ComposeForm({
  input,
  action,
  pending,
}: {
  input: IngestInput
  action: (form: FormData) => void
  pending: boolean
}) {
  return (
    <form action={action} className="ingest-form">
      <input type="hidden" name="intent" value="propose" />
      <p className="field">
        <label htmlFor="ingest-text">Article text</label>
        <textarea id="ingest-text" name="text" rows={12} required defaultValue={input.text} />
      </p>
      <div className="field-row">
        <p className="field">
          <label htmlFor="ingest-published">Publication date</label>
          <input
            id="ingest-published"
            name="publishedAt"
            type="date"
            required
            defaultValue={input.publishedAt}
            aria-describedby="ingest-published-hint"
          />
          <span id="ingest-published-hint" className="muted">
            “On Wednesday” and “overnight” are read against it.
          </span>
        </p>
        <p className="field">
          <label htmlFor="ingest-title">Title (optional: the first line otherwise)</label>
          <input id="ingest-title" name="title" maxLength={500} defaultValue={input.title} />
        </p>
        <p className="field">
          <label htmlFor="ingest-url">URL (optional)</label>
          <input id="ingest-url" name="url" type="url" defaultValue={input.url} />
        </p>
        <p className="field">
          <label htmlFor="ingest-outlet">Outlet (optional)</label>
          <input
            id="ingest-outlet"
            name="outletName"
            maxLength={200}
            defaultValue={input.outletName}
          />
        </p>
      </div>
      <button type="submit" disabled={pending}>
        Read the article
      </button>
    </form>
  )
}
