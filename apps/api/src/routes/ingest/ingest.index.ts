import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import {
  type Draft,
  IngestProposal,
  IngestPublish,
  IngestPublished,
  IngestRequest,
  relinkRecord,
  type Source,
} from '@sitrep/domain'
import { extract, matchDrafts } from '@sitrep/extract'
import { ApiError } from '../../lib/api-error.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { requireRole, writerOf } from '../../lib/auth.ts'
import { problemResponses, writeProblemResponses } from '../../lib/problem-responses.ts'
import { candidatesFor } from './ingest.candidates.ts'
import { heldIdentity, withHeldRecords } from './ingest.held.ts'

const json = <T>(schema: T) => ({ 'application/json': { schema } })

const proposeRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['ingest'],
  summary:
    'Read an article and propose records with evidence spans, and the records they may duplicate (editor role)',
  security: [{ bearer: [] }],
  middleware: [requireRole('editor')],
  request: { body: { required: true, content: json(IngestRequest) } },
  responses: {
    200: {
      description: 'Drafts and match suggestions; nothing is written',
      content: json(IngestProposal),
    },
    ...writeProblemResponses,
    ...problemResponses,
  },
})

const publishRoute = createRoute({
  method: 'post',
  path: '/publish',
  tags: ['ingest'],
  summary:
    'Publish accepted drafts in one transaction: new records, and evidence merged into matched ones (editor role)',
  security: [{ bearer: [] }],
  middleware: [requireRole('editor')],
  request: { body: { required: true, content: json(IngestPublish) } },
  responses: {
    200: { description: 'What was created and what was merged', content: json(IngestPublished) },
    ...writeProblemResponses,
    ...problemResponses,
  },
})

/**
 * Drafts carry the extractor's temporary ids ("draft-attack-1"): a published draft gets an id of
 * its own, scoped by its source; a merged one becomes the record it was merged into.
 */
const permanentIds = (
  source: Source,
  drafts: readonly Draft[],
  merges: readonly { draftId: string; recordId: string }[],
) => {
  const rename = new Map<string, string>(merges.map((m) => [m.draftId, m.recordId]))
  const scope = source.id.replace(/^src-/, '').slice(0, 12)
  for (const { record } of drafts)
    if (!rename.has(record.id))
      rename.set(record.id, `${record.kind}-${scope}-${record.id.replace(/^draft-/, '')}`)
  return rename
}

/** The same text always gets the same source id, so a second ingest of an article matches the first. */
const sourceIdFor = async (text: string) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `src-${hex.slice(0, 20)}`
}

export const ingestApp = new OpenAPIHono<AppEnv>()
  .openapi(proposeRoute, async (c) => {
    const request = c.req.valid('json')
    const identity = await heldIdentity(c.var.store, request, await sourceIdFor(request.text))
    const source: Source = {
      kind: 'article',
      language: 'en',
      ...request.source,
      ...(request.publishedAt ? { publishedAt: request.publishedAt } : {}),
      text: request.text,
      ...identity.source,
    }
    const drafts = extract(source.text ?? request.text, {
      source,
      ...(request.publishedAt ? { publishedAt: request.publishedAt } : {}),
    })
    const candidates = await candidatesFor(c.var.store, drafts)
    const matches = matchDrafts(
      drafts,
      await withHeldRecords(c.var.store, identity.held, candidates),
    )
    return c.json(
      { source, drafts, matches, ...(identity.held ? { held: identity.held } : {}) },
      200,
    )
  })
  .openapi(publishRoute, async (c) => {
    const { source, drafts, merges, newActors = [] } = c.req.valid('json')
    const byDraft = new Map(drafts.map((d) => [d.record.id, d.record]))
    for (const m of merges)
      if (!byDraft.has(m.draftId))
        throw new ApiError('unprocessable', `merge names draft ${m.draftId}, which was not sent`)
    // The dictionary grows only by the names the extractor found it lacking, not by any actor.
    const newNames = new Set(
      drafts.flatMap((d) => d.newNames.filter((n) => n.type === 'actor').map((n) => n.proposedId)),
    )
    for (const actor of newActors)
      if (!newNames.has(actor.id))
        throw new ApiError(
          'unprocessable',
          `actor ${actor.id} is not a new name of any draft sent: only those can be added`,
        )
    const rename = permanentIds(source, drafts, merges)
    const merged = new Set(merges.map((m) => m.draftId))
    const result = await c.var.store.publishIngest(
      {
        source,
        actors: newActors,
        creates: drafts
          .filter((d) => !merged.has(d.record.id))
          .map((d) => relinkRecord(d.record, rename)),
        additions: merges.map((m) => ({
          recordId: m.recordId,
          claims: byDraft.get(m.draftId)?.claims ?? [],
        })),
      },
      { by: writerOf(c.var.principal), reason: `ingest of ${source.id}` },
    )
    return c.json(result, 200)
  })
