'use client'

import { useActionState } from 'react'
import { ingestAction } from '../../app/ingest/actions.ts'
import { emptyInput, type IngestState } from '../../app/ingest/ingest-state.ts'
import { ComposeForm } from './compose-form.tsx'
import { PublishedRecords } from './published-records.tsx'
import { ReviewForm } from './review-form.tsx'

const initial: IngestState = { step: 'compose', input: emptyInput }

/**
 * Paste → review → publish, as one server action. Both forms post to it, so without JavaScript
 * each step is a full page answer; with it, React swaps the step in place.
 */
export function IngestWorkbench() {
  const [state, action, pending] = useActionState(ingestAction, initial)
  if (state.step === 'published')
    return (
      <PublishedRecords
        created={state.created}
        merged={state.merged}
        mapped={state.mapped}
        added={state.added}
      />
    )
  return (
    <>
      {state.error ? (
        <div role="alert" className="notice error">
          <p>{state.error}</p>
        </div>
      ) : null}
      <ComposeForm input={state.input} action={action} pending={pending} />
      {state.step === 'review' && state.held ? (
        <div role="status" className="notice" data-testid="ingest-held">
          <p>{state.held}</p>
        </div>
      ) : null}
      {state.step === 'review' ? (
        <ReviewForm
          input={state.input}
          drafts={state.drafts}
          names={state.names}
          entries={state.entries}
          action={action}
          pending={pending}
        />
      ) : null}
    </>
  )
}
