'use client'

import { useEffect } from 'react'

interface Props {
  readonly error: Error & { digest?: string }
  readonly reset: () => void
}

/**
 * A route that could not be drawn: usually the API is down or refused the request. The message
 * Next passes to the browser is generic by design; the digest ties it to the server's log.
 */
export function RouteError({ error, reset }: Props) {
  useEffect(() => console.error(error), [error])
  return (
    <div role="alert" className="notice error">
      <h2>This page could not be loaded</h2>
      <p>
        The sitrep API did not answer as expected. Check that it is running (npm start starts it
        beside the web) and try again.
      </p>
      {error.digest ? <p className="muted">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  )
}
