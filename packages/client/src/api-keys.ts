import type { ApiRole } from '@sitrep/domain'
import type { InferResponseType } from 'hono/client'
import { apiErrorFrom } from './sitrep-api-error.ts'
import type { SitrepHc } from './typed-hc.ts'

/** A new key and what it may do; `key` is shown this once and never again. */
export type CreatedApiKey = InferResponseType<SitrepHc['v1']['keys']['$post'], 201>

/** `/v1/keys`, the admin role's routes: create, list and revoke API keys. */
export const keysClient = ({ keys }: SitrepHc['v1']) => ({
  create: async (role: ApiRole, label: string): Promise<CreatedApiKey> => {
    const response = await keys.$post({ json: { role, label } })
    if (response.status !== 201) throw await apiErrorFrom(response)
    return response.json()
  },
  list: async () => {
    const response = await keys.$get()
    if (response.status !== 200) throw await apiErrorFrom(response)
    return response.json()
  },
  revoke: async (id: string): Promise<void> => {
    const response = await keys[':id'].$delete({ param: { id } })
    if (response.status !== 204) throw await apiErrorFrom(response)
  },
})
