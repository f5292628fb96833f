import { join } from 'node:path'
import { newWriteGateBuffer } from '@sitrep/store/node'
import { createApp } from '../app.ts'
import { appOptions } from '../config/app-options.ts'
import { nodeConfigOrExit } from '../config/node-config.ts'
import { createExtractionPool } from '../extraction/extraction-pool.ts'
import { loadDocsAssets } from './docs-assets.ts'
import { gracefulShutdown } from './graceful-shutdown.ts'
import { nodeClientAddress } from './node-client-address.ts'
import { createNodeServer } from './node-server.ts'
import { startNodeWebhooks } from './node-webhooks.ts'
import { openConfiguredStore } from './open-store.ts'

const config = nodeConfigOrExit('sitrep api')

// The API's SQLite writes and the webhook delivery thread's take turns through it.
const writeGate = newWriteGateBuffer()
const { store, where, seeded } = await openConfiguredStore(config, { serving: true, writeGate })
const extraction =
  config.SITREP_EXTRACT_THREADS > 0
    ? createExtractionPool({
        threads: config.SITREP_EXTRACT_THREADS,
        budgetMs: config.SITREP_INGEST_BUDGET_MS,
      })
    : undefined
await extraction?.ready
const webhooks = await startNodeWebhooks(store, {
  dataDir: config.SITREP_DATA_DIR,
  sqliteFile: config.DATABASE_URL ? undefined : join(config.SITREP_DATA_DIR, 'sitrep.db'),
  writeGate,
})
const app = createApp({
  store,
  ...(extraction ? { extractor: extraction.extract, matcher: extraction.match } : {}),
  docsAssets: await loadDocsAssets(),
  ...appOptions(config),
  clientAddress: nodeClientAddress(config.SITREP_TRUSTED_PROXIES),
  webhooks: webhooks.options,
})
const server = createNodeServer(app.fetch)
server.listen(config.PORT, config.HOST, () => {
  console.log(
    `sitrep api listening on http://localhost:${config.PORT} (${where}${seeded ? ', seeded with the Istanbul talks article' : ''})`,
  )
})

/**
 * On a signal: stop taking requests, answer those in flight, then close the store, whose read
 * threads finish their reads first (a thread cut mid-read fails its request).
 */
const shutdown = () => {
  gracefulShutdown(server, () =>
    webhooks
      .stop()
      .then(() => Promise.all([store.close(), extraction?.close()]))
      .then(() => undefined),
  ).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
process.once('SIGINT', shutdown)
process.once('SIGTERM', shutdown)
