'use server'

import { proposeIngest, publishIngest, SitrepApiError } from '@sitrep/client'
import type { IngestProposal, IngestRequest, StoredRecord } from '@sitrep/domain'
import { apiOptions, dictionaries, sourceIndex } from '../../lib/api.ts'
import { recordTitles } from '../../lib/record-titles.ts'
import { draftReviews, newNameReviews } from './draft-review.ts'
import { entryOptions } from './entry-options.ts'
import { readInput, toIngestRequest } from './ingest-input.ts'
import type { IngestInput, IngestState, PublishedRecord } from './ingest-state.ts'
import { addedActors, mappedNames, readNameChoices, renamesFor } from './name-choices.ts'
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
    ...(problem ? { error: problem } : {}),
  }
}

const review = async (
  input: IngestInput,
  request: IngestRequest,
  form: FormData,
): Promise<IngestState> => {
  const proposal = await proposeIngest(apiOptions, request)
  if (proposal.drafts.length === 0)
    return {
      step: 'compose',
      input,
      error: 'The extractor found no talks, aid, attacks or statements in this text.',
    }
  return reviewOf(input, proposal, form)
}

/**
 * Publishing reads the article again rather than trusting drafts sent back in a hidden field:
 * extraction is deterministic (same text and date, same drafts and ids), the form stays small
 * for a long article, and what is written with the server's editor key is what the extractor
 * proposed — the browser only sends choices and titles, which `readNameChoices` (against the
 * dictionaries) and `planPublish` check; a refused choice publishes nothing.
 */
const publish = async (
  input: IngestInput,
  request: IngestRequest,
  form: FormData,
): Promise<IngestState> => {
  const proposal = await proposeIngest(apiOptions, request)
  const names = readNameChoices(proposal, form, await dictionaries())
  if (names.errors.length) return reviewOf(input, proposal, form)
  // One choice per name: each draft takes the renames of every name it carries.
  const plan = planPublish(proposal, form, (draftId) => renamesFor(names.choices, draftId))
  if (!plan.ok) return reviewOf(input, proposal, form, plan.error)
  const newActors = addedActors(names.choices, new Set(plan.publish.drafts.map((d) => d.record.id)))
  const published = await publishIngest(apiOptions, {
    ...plan.publish,
    ...(newActors.length ? { newActors } : {}),
  })
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
    added: newActors.map((a) => ({ name: a.name, id: a.id, kind: a.kind })),
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
