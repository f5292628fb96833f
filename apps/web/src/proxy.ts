import { type NextRequest, NextResponse } from 'next/server'
import { contentSecurityPolicy } from './lib/content-security-policy.ts'
import { isMissingRecord } from './lib/missing-record.ts'
import { allowedOrigins, writeRefusal } from './lib/write-origins.ts'

/** A path no route matches: rewriting to it renders not-found.tsx with a real 404 status. */
const NOT_FOUND_PATH = '/_sitrep/not-found'

/** A router prefetch is not rendered as a document: it needs no policy and no lookup. */
const isPrefetch = (request: NextRequest) =>
  request.headers.has('next-router-prefetch') || request.headers.get('purpose') === 'prefetch'

/** Read once: the settings `npm start` was given (README: Configuration). */
const origins = allowedOrigins({
  HOST: process.env.HOST,
  WEB_PORT: process.env.WEB_PORT,
  SITREP_WEB_ORIGINS: process.env.SITREP_WEB_ORIGINS,
})

export async function proxy(request: NextRequest) {
  const refusal = writeRefusal(
    {
      method: request.method,
      host: request.headers.get('host'),
      origin: request.headers.get('origin'),
    },
    origins,
  )
  // 403 before Next's action handler, whose own origin check fails with a 500
  if (refusal) return new NextResponse(refusal, { status: 403 })
  if (isPrefetch(request)) return NextResponse.next()
  const nonce = btoa(crypto.randomUUID())
  const policy = contentSecurityPolicy(nonce)
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const missing = await isMissingRecord(request.nextUrl.pathname)
  const response = missing
    ? NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {
  // Static chunks need no policy. Prefetches are matched too, and passed on in `proxy`: a
  // header a rebinding page can set must not let its POST skip the origin check.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'],
}
