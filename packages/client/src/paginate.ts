import type { Page } from './page.ts'

/**
 * Every item of a list, page after page, following `nextCursor` until the last page. Pages are
 * fetched one at a time as the loop asks for them, so breaking out early stops the requests.
 *
 *   for await (const talk of paginate(client.talks.list, { status: 'held' })) …
 */
export async function* paginate<T, Q extends { cursor?: string | undefined }>(
  list: (query?: Q) => Promise<Page<T>>,
  query: Q,
): AsyncGenerator<T, void, undefined> {
  let cursor = query.cursor
  do {
    const page = await list({ ...query, cursor })
    yield* page.items
    cursor = page.nextCursor
  } while (cursor)
}
