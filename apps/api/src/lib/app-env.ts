import type { ApiKeyInfo } from '@sitrep/domain'
import type { Store } from '@sitrep/store'
import type { Extractor, Matcher } from '../extraction/extractor.ts'

/** What every handler can reach through `c.var`: set by `createApp` and the auth middleware. */
export interface AppEnv {
  Variables: {
    store: Store
    /** Reads an article into drafts: on a worker thread under Node, in-process in a Worker. */
    extract: Extractor
    /** Scores drafts against stored records: beside the extraction, wherever that runs. */
    match: Matcher
    principal?: ApiKeyInfo
    /** Why the Authorization header was refused; answered after the rate limit has counted it. */
    authRefusal?: string
  }
}
