import { type KyselyStoreOptions, storeContext } from './parts/context.ts'
import { createDictionaryStore } from './parts/dictionary-store.ts'
import { createFeedStore } from './parts/feed-store.ts'
import { createImportStore } from './parts/import-store.ts'
import { createIngestStore } from './parts/ingest-store.ts'
import { createKeyStore } from './parts/key-store.ts'
import { createMapStore } from './parts/map-store.ts'
import { createRecordStore } from './parts/record-store.ts'
import { createSourceStore } from './parts/source-store.ts'
import { createStatsStore } from './parts/stats-store.ts'
import { createSubscriptionStore } from './parts/subscription-store.ts'
import { seedStore } from './seed.ts'
import type { Store } from './store.ts'

/** The Store over any Kysely dialect, assembled from its parts; the dialects choose the options. */
export const createKyselyStore = (options: KyselyStoreOptions): Store => {
  const ctx = storeContext(options)
  return {
    engine: ctx.engine,
    ...createRecordStore(ctx),
    ...createSourceStore(ctx),
    ...createDictionaryStore(ctx),
    ...createImportStore(ctx),
    ...createIngestStore(ctx),
    ...createStatsStore(ctx),
    ...createMapStore(ctx),
    ...createFeedStore(ctx),
    ...createKeyStore(ctx),
    ...createSubscriptionStore(ctx),
    seed: (dataset, options) => seedStore(ctx, dataset, options),
    async close() {
      await ctx.db.destroy()
      await options.onClose?.()
    },
  }
}
