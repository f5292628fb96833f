import { actors, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { type D1Binding, openD1Store } from '@sitrep/store/d1'
import { z } from 'zod'
import { createApp } from '../app.ts'
import type { ClientAddress } from '../lib/client-address.ts'

/** The Worker's bindings and settings (wrangler.toml `[vars]` and `[[d1_databases]]`). */
interface Env {
  DB: D1Binding
  [setting: string]: unknown
}

const WorkerConfig = z.object({
  SITREP_REQUIRE_KEY_FOR_READS: z.enum(['true', 'false']).default('false'),
  /** Comma-separated origins, or `*`. */
  SITREP_CORS_ORIGINS: z.string().min(1).default('*'),
  SITREP_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
})

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
  const config = WorkerConfig.parse(env)
  const store = await openD1Store(env.DB)
  await store.seed({ ...seedDataset, places, actors })
  const origins = config.SITREP_CORS_ORIGINS
  return createApp({
    store,
    requireKeyForReads: config.SITREP_REQUIRE_KEY_FOR_READS === 'true',
    corsOrigins: origins === '*' ? '*' : origins.split(',').map((o) => o.trim()),
    rateLimit:
      config.SITREP_RATE_LIMIT_PER_MINUTE > 0
        ? { limit: config.SITREP_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 }
        : false,
    clientAddress: cloudflareClientAddress,
  })
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
