/**
 * A fetch that names the visitor a page is rendered for in `X-Forwarded-For`, so the API's
 * rate limit counts each visitor rather than the web server, which it trusts as a proxy
 * (SITREP_TRUSTED_PROXIES). `readForwardedFor` answers for the request being rendered, or
 * `undefined` when there is none to name; the request then goes out as the web server's own.
 */
export const forwardVisitor =
  (
    readForwardedFor: () => Promise<string | undefined>,
    fetchImpl: typeof fetch = fetch,
  ): typeof fetch =>
  async (input, init) => {
    const forwardedFor = await readForwardedFor()
    if (forwardedFor === undefined) return fetchImpl(input, init)
    // A Request's own headers count only when `init` brings none, as in fetch itself.
    const headers = new Headers(
      init?.headers ?? (input instanceof Request ? input.headers : undefined),
    )
    headers.set('x-forwarded-for', forwardedFor)
    return fetchImpl(input, { ...init, headers })
  }
