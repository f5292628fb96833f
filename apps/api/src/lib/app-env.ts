import type { Store } from '@sitrep/store'

/** What every handler can reach through `c.var`: set once by `createApp`. */
export interface AppEnv {
  Variables: { store: Store }
}
