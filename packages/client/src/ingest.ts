import type { IngestProposal, IngestPublish, IngestPublished, IngestRequest } from '@sitrep/domain'
import { type ClientOptions, createClient } from './create-client.ts'
import { ok } from './responses.ts'

/**
 * `/v1/ingest`: the extractor reads an article and proposes drafts with their evidence spans and
 * likely matches, with the default decision for each draft; nothing is written. Typed by the
 * route, like every other read, rather than parsed with the domain's schema: a schema here would
 * put Zod in every bundle that imports the client.
 */
export const proposeIngest = (
  options: ClientOptions,
  request: IngestRequest,
): Promise<IngestProposal> => ok(createClient(options).hc.v1.ingest.$post({ json: request }))

/**
 * `/v1/ingest/publish` (editor role): the article again with a decision per draft and per new
 * name (drafts left out take the proposal's `defaults`). The API reads the article itself and
 * writes what the decisions make of its drafts, in one transaction; a decision it cannot apply
 * is a 422 problem, thrown as `SitrepApiError`.
 */
export const publishIngest = (
  options: ClientOptions,
  publish: IngestPublish,
): Promise<IngestPublished> =>
  ok(createClient(options).hc.v1.ingest.publish.$post({ json: publish }))
