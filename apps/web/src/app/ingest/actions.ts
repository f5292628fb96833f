'use server'

import { proposeIngest, publishIngest, SitrepApiError } from '@sitrep/client'
import type { IngestRequest, StoredRecord } from '@sitrep/domain'
import { apiOptions } from '../../lib/api.ts'
import { recordTitles } from '../../lib/record-titles.ts'
import { draftReviews } from './draft-review.ts'
import { readInput, toIngestRequest } from './ingest-input.ts'
import type { IngestInput, IngestState, PublishedRecord } from './ingest-state.ts'
import { planPublish } from './publish-decisions.ts'

/** An API refusal the editor can act on (bad key, bad text); anything else is the route's error. */
const refusal = (error: unknown): string | undefined => {
  if (!(error instanceof SitrepApiError)) return undefined
  if (error.status === 401 || error.status === 403)
    return `The API refused the web server’s key (${error.status}): SITREP_API_KEY must be an editor key.`
  if (error.status < 500) return error.message
  return undefined
}

const titlesOf = async (ids: readonly string[]) => {
  const titles = await recordTitles(ids)
  return (id: string) => titles.get(id) ?? id
}

const review = async (input: IngestInput, request: IngestRequest): Promise<IngestState> => {
  const proposal = await proposeIngest(apiOptions, request)
  if (proposal.drafts.length === 0)
    return {
      step: 'compose',
      input,
      error: 'The extractor found no talks, aid, attacks or statements in this text.',
    }
  const titleOf = await titlesOf(proposal.matches.map((m) => m.recordId))
  return { step: 'review', input, drafts: draftReviews(proposal, titleOf) }
}

/**
 * Publishing reads the article again rather than trusting drafts sent back in a hidden field:
 * extraction is deterministic (same text and date, same drafts and ids), the form stays small
 * for a long article, and what is written with the server's editor key is what the extractor
 * proposed — the browser only sends choices and titles, which `planPublish` checks.
 */
const publish = async (
  input: IngestInput,
  request: IngestRequest,
  form: FormData,
): Promise<IngestState> => {
  const proposal = await proposeIngest(apiOptions, request)
  const plan = planPublish(proposal, form)
  if (!plan.ok) {
    const titleOf = await titlesOf(proposal.matches.map((m) => m.recordId))
    return { step: 'review', input, drafts: draftReviews(proposal, titleOf), error: plan.error }
  }
  const published = await publishIngest(apiOptions, plan.publish)
  const brief = ({ record }: StoredRecord): PublishedRecord => ({
    id: record.id,
    kind: record.kind,
    title: record.title,
  })
  return {
    step: 'published',
    created: published.created.map(brief),
    merged: published.merged.map(brief),
  }
}

/** The ingest page's one action: `intent` says whether the form proposes or publishes. */
export async function ingestAction(_previous: IngestState, form: FormData): Promise<IngestState> {
  const input = readInput(form)
  const parsed = toIngestRequest(input)
  if (!parsed.ok) return { step: 'compose', input, error: parsed.error }
  try {
    return form.get('intent') === 'publish'
      ? await publish(input, parsed.request, form)
      : await review(input, parsed.request)
  } catch (error) {
    const message = refusal(error)
    if (message === undefined) throw error
    return { step: 'compose', input, error: message }
  }
}
