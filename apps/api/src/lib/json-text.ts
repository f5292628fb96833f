import type { Facets, StoredRecord } from '@sitrep/domain'
import type { RecordCount, RecordJsonPage } from '@sitrep/store'
import type { Context, TypedResponse } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { rememberBody } from './body-tag.ts'

const utf8 = new TextEncoder()

/** UTF-8 JSON known to encode a `T`: the brand carries the type the bytes stand for. */
export type JsonBytes<T> = Uint8Array<ArrayBuffer> & { readonly __encodes: T }

/**
 * A JSON answer whose body is already encoded, sent as it is with the headers `c.json` sets. It
 * is typed as the value the bytes encode, so the route's schema and the typed client see that type.
 */
export const jsonBytes = <T, S extends ContentfulStatusCode>(
  c: Context,
  bytes: JsonBytes<T>,
  status: S,
) => {
  const sent = rememberBody(c.body(bytes, status, { 'content-type': 'application/json' }), bytes)
  // The one cast: Hono types a body by the value passed, here bytes rather than what they encode.
  return sent as Response & TypedResponse<T, S, 'json'>
}

/** What a counted page of records encodes: `{ items, nextCursor?, total }`. */
export interface CountedRecordPage {
  items: StoredRecord[]
  nextCursor?: string
  total: RecordCount
  facets?: Facets
}

/**
 * A counted page composed from records already in JSON text: the bytes of
 * `JSON.stringify({ ...page, total })` for the parsed page, key order included, without parsing
 * the records (json-text.test.ts holds the two to the same bytes). Each record is encoded on its
 * own and the bytes joined: joining the texts first and encoding the whole page cost six times
 * as much (a 50-record page of documents with Cyrillic text: 2.4 ms against 0.3–0.4 ms of CPU),
 * V8 being slow to flatten and encode one large two-byte string.
 */
export const countedPageJson = (
  page: RecordJsonPage,
  total: RecordCount,
  facets?: Facets,
): JsonBytes<CountedRecordPage> => {
  const next =
    page.nextCursor === undefined ? '' : `,"nextCursor":${JSON.stringify(page.nextCursor)}`
  const parts = [utf8.encode('{"items":[')]
  page.items.forEach((item, i) => {
    parts.push(utf8.encode(i === 0 ? item : `,${item}`))
  })
  const counted = facets === undefined ? '' : `,"facets":${JSON.stringify(facets)}`
  parts.push(utf8.encode(`]${next},"total":${JSON.stringify(total)}${counted}}`))
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    bytes.set(part, at)
    at += part.length
  }
  return bytes as JsonBytes<CountedRecordPage>
}
