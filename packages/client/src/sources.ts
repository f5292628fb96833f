import type { Source, SourceId } from '@sitrep/domain'
import type { Page } from './page.ts'
import { ok } from './responses.ts'
import type { SitrepHc } from './typed-hc.ts'

/** The API's largest page. */
const PAGE_MAX = 500

export interface SourcePageQuery {
  /** 50 when absent, at most 500. */
  readonly limit?: number
  readonly cursor?: string | undefined
}

/** `/v1/sources`: the documents evidence cites, paged in id order, and one by id. */
export const sourcesClient = ({ sources }: SitrepHc['v1']) => {
  const list = (query: SourcePageQuery = {}): Promise<Page<Source>> =>
    ok(
      sources.$get({
        query: {
          ...(query.limit === undefined ? {} : { limit: String(query.limit) }),
          ...(query.cursor ? { cursor: query.cursor } : {}),
        },
      }),
    )
  return {
    list,
    /** Every source, page after page: for a front end naming the sources evidence cites. */
    all: async (): Promise<{ items: Source[] }> => {
      const items: Source[] = []
      let cursor: string | undefined
      do {
        const page = await list({ limit: PAGE_MAX, cursor })
        items.push(...page.items)
        cursor = page.nextCursor
      } while (cursor)
      return { items }
    },
    get: (id: SourceId): Promise<Source> => ok(sources[':id'].$get({ param: { id } })),
  }
}
