import { ValidationFailed } from './errors.ts'

/** Where the previous page stopped: the sort key and id of its last row. */
export interface CursorPosition {
  sort: 'date' | '-date' | 'rank' | 'id'
  key: string | number
  id: string
}

// btoa/atob rather than Buffer: the store also runs in a Worker against D1.
const toBase64Url = (text: string): string =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')

const fromBase64Url = (encoded: string): string =>
  new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(atob(encoded.replaceAll('-', '+').replaceAll('_', '/')), (c) =>
      c.charCodeAt(0),
    ),
  )

/** Opaque to callers (base64url JSON) so its shape can change without breaking clients. */
export const encodeCursor = (position: CursorPosition): string =>
  toBase64Url(JSON.stringify([position.sort, position.key, position.id]))

export const decodeCursor = (cursor: string, sort: CursorPosition['sort']): CursorPosition => {
  let parsed: unknown
  try {
    parsed = JSON.parse(fromBase64Url(cursor))
  } catch {
    parsed = undefined
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    parsed[0] === sort &&
    (typeof parsed[1] === 'string' || typeof parsed[1] === 'number') &&
    typeof parsed[2] === 'string'
  ) {
    return { sort, key: parsed[1], id: parsed[2] }
  }
  throw new ValidationFailed('invalid cursor', [
    { path: 'cursor', message: 'not a cursor this store issued for this query and sort' },
  ])
}
