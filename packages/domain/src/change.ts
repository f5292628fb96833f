import { z } from 'zod'
import { RecordId } from './ids.ts'
import { IsoDateTime } from './iso-date.ts'
import { RecordKind } from './record.ts'

/** One write, as the change feed (`/v1/stream`) announces it; `seq` orders all writes. */
export const Change = z.object({
  seq: z.number().int().nonnegative(),
  recordId: RecordId,
  kind: RecordKind,
  version: z.number().int().min(1),
  operation: z.enum(['create', 'update', 'delete']),
  at: IsoDateTime,
  by: z.string(),
})
export type Change = z.infer<typeof Change>
