import { z } from 'zod'
import { RecordId } from './ids.ts'
import { IsoDateTime } from './iso-date.ts'
import { RecordMeta, SitrepRecord } from './record.ts'

/** A record as stored: its content and the store's bookkeeping. */
export const StoredRecord = z
  .strictObject({ record: SitrepRecord, meta: RecordMeta })
  .meta({ id: 'StoredRecord' })
export type StoredRecord = z.infer<typeof StoredRecord>

/** Who made a write and why; `by` is an API key id, "seed", "import:<file>" or a user name. */
export const WriteContext = z.strictObject({
  by: z.string().min(1).max(200),
  reason: z.string().min(1).max(1000).optional(),
})
export type WriteContext = z.infer<typeof WriteContext>

/** One write in a record's history; a delete's revision holds the record as it was. */
export const Revision = z
  .strictObject({
    recordId: RecordId,
    version: z.number().int().min(1),
    operation: z.enum(['create', 'update', 'delete']),
    record: SitrepRecord,
    by: z.string().min(1).max(200),
    reason: z.string().max(1000).optional(),
    at: IsoDateTime,
  })
  .meta({ id: 'Revision' })
export type Revision = z.infer<typeof Revision>
