import {
  type IngestProposal,
  type IngestPublish,
  type IngestPublished,
  type IngestRequest,
  IngestProposal as ProposalSchema,
  IngestPublished as PublishedSchema,
} from '@sitrep/domain'
import type { ClientOptions } from './create-client.ts'
import { send } from './send.ts'

const postJson = (options: ClientOptions, path: string, body: unknown) =>
  send(options, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

/**
 * `/v1/ingest`: the extractor reads an article and proposes drafts with their evidence spans and
 * likely matches, with the default decision for each draft; nothing is written. Parsed with the domain's schema because the route is not
 * in the typed route tree of every API version this client may meet.
 */
export const proposeIngest = async (
  options: ClientOptions,
  request: IngestRequest,
): Promise<IngestProposal> =>
  ProposalSchema.parse(await (await postJson(options, 'v1/ingest', request)).json())

/**
 * `/v1/ingest/publish` (editor role): the article again with a decision per draft and per new
 * name (drafts left out take the proposal's `defaults`). The API reads the article itself and
 * writes what the decisions make of its drafts, in one transaction; a decision it cannot apply
 * is a 422 problem, thrown as `SitrepApiError`.
 */
export const publishIngest = async (
  options: ClientOptions,
  publish: IngestPublish,
): Promise<IngestPublished> =>
  PublishedSchema.parse(await (await postJson(options, 'v1/ingest/publish', publish)).json())
