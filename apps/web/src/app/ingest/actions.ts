'use server'

import { SitrepApiError } from '@sitrep/client'
import {
  describeHeld,
  type IngestProposal,
  type IngestRequest,
  type StoredRecord,
} from '@sitrep/domain'
import { api, dictionaries, sourceIndex } from '../../lib/api.ts'
import { recordTitles } from '../../lib/record-titles.ts'
import { draftReviews, newNameReviews } from './draft-review.ts'
import { entryOptions } from './entry-options.ts'
import { readInput, toIngestRequest } from './ingest-input.ts'
import type { IngestInput, IngestState, PublishedRecord } from './ingest-state.ts'
import { mappedNames, nameDecisions, readNameChoices } from './name-choices.ts'
import { readDraftDecisions } from './publish-decisions.ts'

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

/**
 * The review step for a reading of the article. The name choices in `form` are checked and
 * shown (mapped or refused); on a first reading there are none and every name stays new.
 */
const reviewOf = async (
  input: IngestInput,
  proposal: IngestProposal,
  form: FormData,
  error?: string,
): Promise<IngestState> => {
  const dict = await dictionaries()
  const names = readNameChoices(proposal, form, dict)
  const titleOf = await titlesOf(proposal.matches.map((m) => m.recordId))
  const problem = error ?? (names.errors.length ? names.errors.join(' ') : undefined)
  return {
    step: 'review',
    input,
    drafts: draftReviews(proposal, titleOf, names.choices),
    names: newNameReviews(proposal, names.choices),
    entries: entryOptions(proposal, dict),
    ...(proposal.held ? { held: describeHeld(proposal.held, proposal.source.id) } : {}),
    ...(problem ? { error: problem } : {}),
  }
}

const review = async (
  input: IngestInput,
  request: IngestRequest,
  form: FormData,
): Promise<IngestState> => {
  const proposal = await api.ingest.propose(request)
  if (proposal.drafts.length === 0)
    return {
      step: 'compose',
      input,
      error: 'The extractor found no talks, aid, attacks or statements in this text.',
    }
  return reviewOf(input, proposal, form)
}

/**
 * Publishing sends the article and the editor's decisions, never drafts: the API reads the
 * article again and applies them, so what is written with the server's editor key is what the
 * extractor reads in the text. This reading is only for the form (which drafts and names it
 * holds, checked choices to show); a decision the API refuses (422) comes back on the review.
 */
const publish = async (
  input: IngestInput,
  request: IngestRequest,
  form: FormData,
): Promise<IngestState> => {
  const proposal = await api.ingest.propose(request)
  const names = readNameChoices(proposal, form, await dictionaries())
  if (names.errors.length) return reviewOf(input, proposal, form)
  const drafts = readDraftDecisions(proposal, form)
  if (!drafts.ok) return reviewOf(input, proposal, form, drafts.error)
  const decided = nameDecisions(names.choices)
  const published = await api.ingest
    .publish({
      ...request,
      decisions: [...drafts.decisions],
      ...(decided.length ? { names: decided } : {}),
    })
    .catch((error: unknown) => {
      if (error instanceof SitrepApiError && error.status === 422) return error
      throw error
    })
  if (published instanceof SitrepApiError) return reviewOf(input, proposal, form, published.message)
  // The pages that link to what was just published should name its source and new actors.
  dictionaries.forget()
  sourceIndex.forget()
  const brief = ({ record }: StoredRecord): PublishedRecord => ({
    id: record.id,
    kind: record.kind,
    title: record.title,
  })
  return {
    step: 'published',
    created: published.created.map(brief),
    merged: published.merged.map(brief),
    mapped: mappedNames(names.choices),
    added: (published.actors ?? []).map((a) => ({ name: a.name, id: a.id, kind: a.kind })),
  }
}

/**
 * The ingest page's one action: `intent` says whether the form proposes or publishes; the
 * review's "Check name mappings" button (`check`) reads the article again to show the mappings.
 */
export async function ingestAction(_previous: IngestState, form: FormData): Promise<IngestState> {
  const input = readInput(form)
  const parsed = toIngestRequest(input)
  if (!parsed.ok) return { step: 'compose', input, error: parsed.error }
  try {
    return form.get('intent') === 'publish' && !form.has('check')
      ? await publish(input, parsed.request, form)
      : await review(input, parsed.request, form)
  } catch (error) {
    const message = refusal(error)
    if (message === undefined) throw error
    return { step: 'compose', input, error: message }
  }
}
