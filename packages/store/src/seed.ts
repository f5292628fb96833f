import type { SeedDataset, Store } from './store.ts'

/**
 * Loads the seed dataset on a database's first start only; later starts leave it untouched, even
 * if seed records were edited or deleted since. Returns whether it loaded anything.
 */
export const ensureSeeded = (store: Store, dataset: SeedDataset): Promise<boolean> =>
  store.seed(dataset)
