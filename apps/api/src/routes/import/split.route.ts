import { createRoute, z } from '@hono/zod-openapi'
import { splitAttack } from '@sitrep/datasets'
import { type AnyClaim, RecordId, SourceId, StoredRecord } from '@sitrep/domain'
import { NotFound } from '@sitrep/store'
import type { Context } from 'hono'
import { ApiError } from '../../lib/api-error.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { requireRole, writerOf } from '../../lib/auth.ts'
import { problemResponses, writeProblemResponses } from '../../lib/problem-responses.ts'

export const SplitRequest = z
  .strictObject({
    recordId: RecordId,
    /** The dataset record whose claims were fused in ("attack-af-2025-07-20-…"). */
    datasetRecordId: RecordId.optional(),
    /** Or: every claim from these sources (an article merged in by mistake). */
    sourceIds: z.array(SourceId).min(1).max(50).optional(),
  })
  .refine((r) => (r.datasetRecordId === undefined) !== (r.sourceIds === undefined), {
    message: 'give either datasetRecordId or sourceIds',
    path: ['datasetRecordId'],
  })

export const SplitResult = z.object({ kept: StoredRecord, split: StoredRecord })

export const splitRoute = createRoute({
  method: 'post',
  path: '/split',
  tags: ['import'],
  summary: 'Split a wrong merge: fused evidence leaves a record and becomes its own (editor role)',
  description:
    'Both writes are revisions in one transaction: the record loses the chosen claims, and the places and weapons that arrived with them (read from its history) unless a claim it keeps names them; a new record holds them — under the dataset record id when they came from a dataset import, so re-importing that file finds it and does not fuse it again.',
  security: [{ bearer: [] }],
  middleware: [requireRole('editor')],
  request: { body: { required: true, content: { 'application/json': { schema: SplitRequest } } } },
  responses: {
    200: {
      description: 'The record as kept and the record split off',
      content: { 'application/json': { schema: SplitResult } },
    },
    ...writeProblemResponses,
    ...problemResponses,
  },
})

export const splitHandler = async (c: Context<AppEnv>, body: z.infer<typeof SplitRequest>) => {
  const store = c.var.store
  const held = await store.getRecord(body.recordId)
  if (held.record.kind !== 'attack')
    throw new ApiError('unprocessable', 'only attacks are fused by imports, so only they split')
  const sources = new Set(body.sourceIds ?? [])
  const pick = (claim: AnyClaim) =>
    body.datasetRecordId !== undefined
      ? claim.id.startsWith(`${body.datasetRecordId}.`)
      : sources.has(claim.sourceId)
  // The history tells which places and weapons arrived with the leaving claims, so they leave too.
  const history = (await store.history(held.record.id)).map((r) => r.record)
  const result = splitAttack(held.record, pick, history)
  if (typeof result === 'string') throw new ApiError('unprocessable', result)
  const taken = await store.getRecord(result.split.id, { includeDeleted: true }).then(
    () => true,
    (error: unknown) => {
      if (error instanceof NotFound) return false
      throw error
    },
  )
  if (taken) throw new ApiError('conflict', `a record ${result.split.id} exists already`)
  const ctx = { by: writerOf(c.var.principal), reason: `split out of ${held.record.id}` }
  await store.applyDatasetWrite(
    {
      sources: [],
      creates: [result.split],
      updates: [{ record: result.kept, baseVersion: held.meta.version }],
    },
    ctx,
  )
  return {
    kept: await store.getRecord(held.record.id),
    split: await store.getRecord(result.split.id),
  }
}
