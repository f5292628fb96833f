import type { ApiRole } from '@sitrep/domain'
import type { InferResponseType } from 'hono/client'
import { type ClientOptions, createClient } from './create-client.ts'
import { apiErrorFrom } from './sitrep-api-error.ts'
import type { SitrepHc } from './typed-hc.ts'

/** A new key and what it may do; `key` is shown this once and never again. */
export type CreatedApiKey = InferResponseType<SitrepHc['v1']['keys']['$post'], 201>

/** `/v1/keys`, the admin role's routes: create, list and revoke API keys. */
export const keysApi = (options: ClientOptions) => {
  const { v1 } = createClient(options).hc
  return {
    create: async (role: ApiRole, label: string): Promise<CreatedApiKey> => {
      const response = await v1.keys.$post({ json: { role, label } })
      if (response.status !== 201) throw await apiErrorFrom(response)
      return response.json()
    },
    list: async () => {
      const response = await v1.keys.$get()
      if (response.status !== 200) throw await apiErrorFrom(response)
      return response.json()
    },
    revoke: async (id: string): Promise<void> => {
      const response = await v1.keys[':id'].$delete({ param: { id } })
      if (response.status !== 204) throw await apiErrorFrom(response)
    },
  }
}
