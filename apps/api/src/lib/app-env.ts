import type { ApiKeyInfo } from '@sitrep/domain'
import type { Store } from '@sitrep/store'

/** What every handler can reach through `c.var`: set by `createApp` and the auth middleware. */
export interface AppEnv {
  Variables: {
    store: Store
    principal?: ApiKeyInfo
    /** Why the Authorization header was refused; answered after the rate limit has counted it. */
    authRefusal?: string
  }
}
