import { type ApiKeyInfo, ApiRole } from '@sitrep/domain'
import { z } from 'zod'
import { createApiKey, findApiKey, listApiKeys, revokeApiKey } from '../queries/api-keys.ts'
import { validate } from '../validate.ts'
import type { StoreContext } from './context.ts'

/** API keys: made, listed and revoked by an admin, looked up on every authenticated request. */
export interface KeyStore {
  /** A new API key; the returned `key` string is the only copy of the secret. */
  createApiKey(input: { role: ApiRole; label: string }): Promise<{ info: ApiKeyInfo; key: string }>
  listApiKeys(): Promise<ApiKeyInfo[]>
  /** Throws NotFound for an unknown id; revoking twice is harmless. */
  revokeApiKey(id: string): Promise<void>
  /** The live key a presented key string belongs to; unknown, wrong and revoked all give undefined. */
  findApiKey(key: string): Promise<ApiKeyInfo | undefined>
}

const NewApiKey = z.strictObject({ role: ApiRole, label: z.string().trim().min(1).max(200) })

export const createKeyStore = ({ db, now }: StoreContext): KeyStore => ({
  createApiKey: async (input) => createApiKey(db, validate(NewApiKey, input, 'API key'), now()),
  listApiKeys: () => listApiKeys(db),
  revokeApiKey: (id) => revokeApiKey(db, id, now()),
  findApiKey: (key) => findApiKey(db, key),
})
