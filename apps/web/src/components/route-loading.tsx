/** What a route shows while its server component waits for the API. */
export function RouteLoading({ what }: { what: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      Loading {what}…
    </div>
  )
}
