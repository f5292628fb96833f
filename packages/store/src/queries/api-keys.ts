import { type ApiKeyInfo, type ApiRole, apiKeyIdOf } from '@sitrep/domain'
import type { Kysely, Selectable } from 'kysely'
import { hashApiKey, newApiKey, sameHash } from '../api-key-secret.ts'
import type { Database } from '../database.ts'
import { NotFound } from '../errors.ts'
import type { ApiKeysTable } from '../tables/api-keys.table.ts'

const toInfo = (row: Selectable<ApiKeysTable>): ApiKeyInfo => ({
  id: row.id,
  role: row.role,
  label: row.label,
  createdAt: row.created_at,
  ...(row.revoked_at ? { revokedAt: row.revoked_at } : {}),
})

export const createApiKey = async (
  db: Kysely<Database>,
  input: { role: ApiRole; label: string },
  now: string,
): Promise<{ info: ApiKeyInfo; key: string }> => {
  const { id, key } = newApiKey()
  const row = {
    id,
    role: input.role,
    label: input.label,
    hash: await hashApiKey(key),
    created_at: now,
    revoked_at: null,
  }
  await db.insertInto('api_keys').values(row).execute()
  return { info: toInfo(row), key }
}

export const listApiKeys = async (db: Kysely<Database>): Promise<ApiKeyInfo[]> =>
  (await db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id').execute()).map(
    toInfo,
  )

export const revokeApiKey = async (
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<void> => {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) === 0) {
    const exists = await db
      .selectFrom('api_keys')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst()
    if (!exists) throw new NotFound('api key', id)
  }
}

/** The live key a presented string belongs to, or undefined: wrong, unknown and revoked look alike. */
export const findApiKey = async (
  db: Kysely<Database>,
  key: string,
): Promise<ApiKeyInfo | undefined> => {
  const id = apiKeyIdOf(key)
  if (!id) return undefined
  const row = await db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row || row.revoked_at !== null) return undefined
  return sameHash(row.hash, await hashApiKey(key)) ? toInfo(row) : undefined
}
