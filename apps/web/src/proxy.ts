import { type NextRequest, NextResponse } from 'next/server'
import { contentSecurityPolicy } from './lib/content-security-policy.ts'
import { isMissingRecord } from './lib/missing-record.ts'

/** A path no route matches: rewriting to it renders not-found.tsx with a real 404 status. */
const NOT_FOUND_PATH = '/_sitrep/not-found'

export async function proxy(request: NextRequest) {
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
  // Pages only: static chunks need no policy, and prefetches are not rendered as documents.
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}
