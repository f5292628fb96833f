import type { StoredRecord } from '@sitrep/domain'
import type { RecordCount, RecordJsonPage } from '@sitrep/store'
import type { Context, TypedResponse } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** JSON text known to encode a `T`: the brand carries the type the text stands for. */
export type JsonText<T> = string & { readonly __encodes: T }

/**
 * A JSON answer whose body is already text, sent as it is with the headers `c.json` sets. It is
 * typed as the value the text encodes, so the route's schema and the typed client see that type.
 */
export const jsonText = <T, S extends ContentfulStatusCode>(
  c: Context,
  text: JsonText<T>,
  status: S,
) => {
  const sent: Response = c.body(text, status, { 'content-type': 'application/json' })
  // The one cast: Hono types a body by the value passed, here the text rather than what it encodes.
  return sent as Response & TypedResponse<T, S, 'json'>
}

/** What a counted page of records encodes: `{ items, nextCursor?, total }`. */
export interface CountedRecordPage {
  items: StoredRecord[]
  nextCursor?: string
  total: RecordCount
}

/**
 * A counted page composed from records already in JSON text: the bytes
 * `JSON.stringify({ ...page, total })` gives for the parsed page, key order included, without
 * parsing the records (json-text.test.ts holds the two to the same bytes).
 */
export const countedPageJson = (
  page: RecordJsonPage,
  total: RecordCount,
): JsonText<CountedRecordPage> => {
  const next =
    page.nextCursor === undefined ? '' : `,"nextCursor":${JSON.stringify(page.nextCursor)}`
  return `{"items":[${page.items.join(',')}]${next},"total":${JSON.stringify(total)}}` as JsonText<CountedRecordPage>
}
