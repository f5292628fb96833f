import { z } from 'zod'
import { Aid } from './aid.ts'
import { Attack } from './attack.ts'
import { IsoDateTime } from './iso-date.ts'
import { Statement } from './statement.ts'
import { Talk } from './talk.ts'

export const RecordKind = z.enum(['talk', 'aid', 'attack', 'statement'])
export type RecordKind = z.infer<typeof RecordKind>

/** Any of the four kinds; `kind` tells them apart. */
export const SitrepRecord = z
  .discriminatedUnion('kind', [Talk, Aid, Attack, Statement])
  .meta({ id: 'SitrepRecord' })
export type SitrepRecord = z.infer<typeof SitrepRecord>
export type RecordOfKind<K extends RecordKind> = Extract<SitrepRecord, { kind: K }>
export type AnyClaim = SitrepRecord['claims'][number]
export type FactName = AnyClaim['fact']

/** What the store adds: every write is a revision, a delete is a tombstone. */
export const RecordMeta = z
  .strictObject({
    version: z.number().int().min(1),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    deletedAt: IsoDateTime.optional(),
  })
  .meta({ id: 'RecordMeta' })
export type RecordMeta = z.infer<typeof RecordMeta>

export const recordSchemas = { talk: Talk, aid: Aid, attack: Attack, statement: Statement } as const
