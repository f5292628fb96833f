import { z } from 'zod'

/**
 * Identifiers are readable slugs ("talk-istanbul-2025-07", "ua-kyiv") so that seed data, URLs and
 * exports stay legible; generated ids use the same alphabet.
 */
const slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lowercase letters, digits, ".", "_" or "-"')

export const ActorId = slug.describe('Actor id from the actor dictionary')
export const PlaceId = slug.describe('Place id from the gazetteer')
export const SourceId = slug.describe('Source document id')
export const RecordId = slug.describe('Record id')
export const EvidenceId = slug.describe('Evidence (claim) id')

export type ActorId = z.infer<typeof ActorId>
export type PlaceId = z.infer<typeof PlaceId>
export type SourceId = z.infer<typeof SourceId>
export type RecordId = z.infer<typeof RecordId>
export type EvidenceId = z.infer<typeof EvidenceId>
