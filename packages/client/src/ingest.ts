import type { IngestProposal, IngestPublish, IngestPublished, IngestRequest } from '@sitrep/domain'
import { ok } from './responses.ts'
import type { SitrepHc } from './typed-hc.ts'

/**
 * `/v1/ingest`. Typed by the route, like every other read, rather than parsed with the domain's
 * schema: a schema here would put Zod in every bundle that imports the client.
 */
export const ingestClient = ({ ingest }: SitrepHc['v1']) => ({
  /**
   * The extractor reads an article and proposes drafts with their evidence spans and likely
   * matches, with the default decision for each draft; nothing is written.
   */
  propose: (request: IngestRequest): Promise<IngestProposal> => ok(ingest.$post({ json: request })),
  /**
   * (Editor role) The article again with a decision per draft and per new name (drafts left out
   * take the proposal's `defaults`). The API reads the article itself and writes what the
   * decisions make of its drafts, in one transaction; a decision it cannot apply is a 422
   * problem, thrown as `SitrepApiError`.
   */
  publish: (publish: IngestPublish): Promise<IngestPublished> =>
    ok(ingest.publish.$post({ json: publish })),
})
