import { z } from 'zod'
import { IsoDateTime } from './iso-date.ts'

/** What a key may do: readers read, editors also write records, admins also manage keys. */
export const ApiRole = z.enum(['reader', 'editor', 'admin'])
export type ApiRole = z.infer<typeof ApiRole>

export const roleAllows = (held: ApiRole, needed: ApiRole): boolean =>
  ApiRole.options.indexOf(held) >= ApiRole.options.indexOf(needed)

export const ApiKeyId = z.string().regex(/^[a-z0-9]{8,32}$/)

/** A key as sitrep keeps it: never the secret, only who it is and what it may do. */
export const ApiKeyInfo = z.object({
  id: ApiKeyId,
  role: ApiRole,
  label: z.string().min(1).max(200),
  createdAt: IsoDateTime,
  revokedAt: IsoDateTime.optional(),
})
export type ApiKeyInfo = z.infer<typeof ApiKeyInfo>

/** `sitrep_<id>_<secret>`: the id finds the key, the whole string is what is hashed and checked. */
export const API_KEY_PATTERN = /^sitrep_([a-z0-9]{8,32})_[A-Za-z0-9_-]{32,128}$/

export const apiKeyIdOf = (key: string): string | undefined => API_KEY_PATTERN.exec(key)?.[1]
