import { actors, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { type D1Binding, openD1Store } from '@sitrep/store/d1'
import { createApp } from '../app.ts'
import { appOptions } from '../config/app-options.ts'
import { readWorkerConfig } from '../config/worker-config.ts'
import type { ClientAddress } from '../lib/client-address.ts'
import { deliverFromCron, workerWebhookOptions } from './worker-webhooks.ts'

/** The Worker's bindings and settings (wrangler.toml `[vars]` and `[[d1_databases]]`). */
interface Env {
  DB: D1Binding
  [setting: string]: unknown
}

type App = ReturnType<typeof createApp>
interface Started {
  app: App
  deliver: () => Promise<unknown>
}

/**
 * Cloudflare's edge sets `CF-Connecting-IP` to the visitor it accepted the connection from,
 * replacing any the visitor sent, so in a Worker (and only there) the header is the address.
 */
const cloudflareClientAddress: ClientAddress = (c) => c.req.header('cf-connecting-ip')

/**
 * One app per isolate, built on the first request: migrating and seeding D1 happen once, and a
 * failed start is retried by the next request rather than cached.
 */
let starting: Promise<Started> | undefined

const start = async (env: Env): Promise<Started> => {
  const settings = readWorkerConfig(env)
  const store = await openD1Store(env.DB)
  await store.seed({ ...seedDataset, places, actors })
  const webhooks = await workerWebhookOptions(env)
  const app = createApp({
    store,
    ...appOptions(settings),
    clientAddress: cloudflareClientAddress,
    webhooks,
  })
  return { app, deliver: () => deliverFromCron(store, webhooks) }
}

const started = (env: Env): Promise<Started> => {
  starting ??= start(env).catch((error: unknown) => {
    starting = undefined
    throw error
  })
  return starting
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await started(env)).app.fetch(request)
  },
  /** The Cron Trigger: webhook deliveries from the D1 outbox. */
  async scheduled(_controller: unknown, env: Env, ctx: { waitUntil(p: Promise<unknown>): void }) {
    ctx.waitUntil((await started(env)).deliver())
  },
}
