import { createApp } from '../app.ts'
import { appOptions } from '../config/app-options.ts'
import { nodeConfigOrExit } from '../config/node-config.ts'
import { createExtractionPool } from '../extraction/extraction-pool.ts'
import { loadDocsAssets } from './docs-assets.ts'
import { nodeClientAddress } from './node-client-address.ts'
import { createNodeServer } from './node-server.ts'
import { openConfiguredStore } from './open-store.ts'

const config = nodeConfigOrExit('sitrep api')

const { store, where, seeded } = await openConfiguredStore(config, { serving: true })
const extraction =
  config.SITREP_EXTRACT_THREADS > 0
    ? createExtractionPool({
        threads: config.SITREP_EXTRACT_THREADS,
        budgetMs: config.SITREP_INGEST_BUDGET_MS,
      })
    : undefined
await extraction?.ready
const app = createApp({
  store,
  ...(extraction ? { extractor: extraction.extract, matcher: extraction.match } : {}),
  docsAssets: await loadDocsAssets(),
  ...appOptions(config),
  clientAddress: nodeClientAddress(config.SITREP_TRUSTED_PROXIES),
})
const server = createNodeServer(app.fetch)
server.listen(config.PORT, config.HOST, () => {
  console.log(
    `sitrep api listening on http://localhost:${config.PORT} (${where}${seeded ? ', seeded with the Istanbul talks article' : ''})`,
  )
})

/**
 * Stop taking requests, let those in flight finish (a read on a worker thread would otherwise
 * fail as the pool closes), then close the store. Idle keep-alive connections are closed at
 * once; after five seconds the rest are cut.
 */
const shutdown = () => {
  let closing = false
  const closeStore = () => {
    if (closing) return
    closing = true
    void Promise.all([store.close(), extraction?.close()]).finally(() => process.exit(0))
  }
  server.close(closeStore)
  if ('closeIdleConnections' in server) server.closeIdleConnections()
  setTimeout(() => {
    if ('closeAllConnections' in server) server.closeAllConnections()
    closeStore()
  }, 5000).unref()
}
process.once('SIGINT', shutdown)
process.once('SIGTERM', shutdown)
