import type { AppType } from '@sitrep/api'
import { hc } from 'hono/client'

/**
 * The route tree of the API as Hono's client sees it, computed once here. Hono's RPC guide
 * ("compile your code before using it") recommends this `hcWithType` shape: callers name
 * `SitrepHc` instead of instantiating `hc<AppType>` themselves, so the editor and `tsc` resolve
 * every route type once per program rather than once per call site.
 */
export type SitrepHc = ReturnType<typeof hc<AppType>>

export const hcWithType = (...args: Parameters<typeof hc>): SitrepHc => hc<AppType>(...args)
