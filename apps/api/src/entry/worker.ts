import { actors, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { type D1Binding, openD1Store } from '@sitrep/store/d1'
import { createApp } from '../app.ts'
import { appOptions } from '../config/app-options.ts'
import { readWorkerConfig } from '../config/worker-config.ts'
import type { ClientAddress } from '../lib/client-address.ts'

/** The Worker's bindings and settings (wrangler.toml `[vars]` and `[[d1_databases]]`). */
interface Env {
  DB: D1Binding
  [setting: string]: unknown
}

type App = ReturnType<typeof createApp>

/**
 * Cloudflare's edge sets `CF-Connecting-IP` to the visitor it accepted the connection from,
 * replacing any the visitor sent, so in a Worker (and only there) the header is the address.
 */
const cloudflareClientAddress: ClientAddress = (c) => c.req.header('cf-connecting-ip')

/**
 * One app per isolate, built on the first request: migrating and seeding D1 happen once, and a
 * failed start is retried by the next request rather than cached.
 */
let starting: Promise<App> | undefined

const start = async (env: Env): Promise<App> => {
  const settings = readWorkerConfig(env)
  const store = await openD1Store(env.DB)
  await store.seed({ ...seedDataset, places, actors })
  return createApp({ store, ...appOptions(settings), clientAddress: cloudflareClientAddress })
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    starting ??= start(env).catch((error: unknown) => {
      starting = undefined
      throw error
    })
    return (await starting).fetch(request)
  },
}
