import type { ApiKeyInfo } from '@sitrep/domain'
import type { Store } from '@sitrep/store'
import type { Extractor } from '../extraction/extractor.ts'

/** What every handler can reach through `c.var`: set by `createApp` and the auth middleware. */
export interface AppEnv {
  Variables: {
    store: Store
    /** Reads an article into drafts: on a worker thread under Node, in-process in a Worker. */
    extract: Extractor
    principal?: ApiKeyInfo
    /** Why the Authorization header was refused; answered after the rate limit has counted it. */
    authRefusal?: string
  }
}
