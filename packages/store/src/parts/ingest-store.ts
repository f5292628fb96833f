import { Actor, SitrepRecord, Source, type WriteContext } from '@sitrep/domain'
import { z } from 'zod'
import { type IngestWrite, type IngestWritten, publishIngest } from '../publish-ingest.ts'
import { validate } from '../validate.ts'
import type { StoreContext } from './context.ts'
import { readWriteContext } from './inputs.ts'

/** One article read by an editor, published whole. */
export interface IngestStore {
  /**
   * Publishes an ingested article in one transaction: its source, the accepted new records, and
   * the evidence added to records it matched (claims already held are not added twice).
   */
  publishIngest(input: IngestWrite, ctx: WriteContext): Promise<IngestWritten>
}

export const createIngestStore = ({ search, transact, now }: StoreContext): IngestStore => ({
  async publishIngest(input, ctx) {
    const source = validate(Source, input.source, 'source')
    const creates = validate(z.array(SitrepRecord).max(500), input.creates, 'records')
    const actors = validate(z.array(Actor).max(100), input.actors ?? [], 'actors')
    const c = readWriteContext(ctx)
    return transact((trx) =>
      publishIngest(trx, search, { ...input, source, creates, actors }, c, now()),
    )
  },
})
