'use client'

import type { Subscription } from '@sitrep/domain'
import { useActionState } from 'react'
import { subscriptionAction } from './actions.ts'

/** A delivery the worker gave up on, as its retry button names it. */
export interface FailedDelivery {
  readonly id: string
  readonly label: string
}

/**
 * A subscription's buttons: pause or resume, send a test, retry a delivery that was given up,
 * and delete behind a second, explicit button. One form and one server action; without
 * JavaScript each press is a full page answer.
 */
export function SubscriptionControls({
  id,
  status,
  failed,
}: {
  id: string
  status: Subscription['status']
  failed: readonly FailedDelivery[]
}) {
  const [notice, action, pending] = useActionState(subscriptionAction, null)
  return (
    <form action={action} className="subscription-controls" aria-busy={pending}>
      <input type="hidden" name="id" value={id} />
      <div className="buttons">
        {status === 'active' ? (
          <button type="submit" name="intent" value="pause" disabled={pending}>
            Pause
          </button>
        ) : (
          <button type="submit" name="intent" value="resume" disabled={pending}>
            Resume
          </button>
        )}
        <button type="submit" name="intent" value="test" disabled={pending} className="secondary">
          Send test
        </button>
      </div>
      {failed.length > 0 ? (
        <ul className="failed-deliveries" aria-label="Deliveries given up">
          {failed.map((d) => (
            <li key={d.id}>
              <span>
                <span className="muted">Given up:</span> {d.label}
              </span>{' '}
              <button
                type="submit"
                name="intent"
                value={`retry:${d.id}`}
                disabled={pending}
                className="secondary"
              >
                Retry
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <details className="confirm-delete">
        <summary>Delete…</summary>
        <p>Deletes the subscription and its delivery history; the receiver hears nothing more.</p>
        <button type="submit" name="intent" value="delete" disabled={pending} className="danger">
          Delete for good
        </button>
      </details>
      {notice ? (
        <p role="status" className={`control-notice ${notice.tone}`}>
          {notice.text}
        </p>
      ) : null}
    </form>
  )
}
