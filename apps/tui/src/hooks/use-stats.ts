import type { SitrepClient } from '@sitrep/client'
import type { Stats, StatsBucket } from '@sitrep/domain'
import { useEffect, useState } from 'react'
import type { DashboardFilter } from '../lib/fetch-tab.ts'
import type { Loaded } from './use-paged-items.ts'

/** `/v1/stats` under the dashboard's filter, summed by `bucket` (the API's choice when unset). */
export const useStats = (
  client: SitrepClient,
  filter: DashboardFilter,
  bucket: StatsBucket | undefined,
  refreshes: number,
): Loaded<Stats> => {
  const [loaded, setLoaded] = useState<Loaded<Stats>>({ state: 'loading' })
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshes asks again on purpose
  useEffect(() => {
    let current = true
    setLoaded((before) =>
      before.data ? { state: 'loading', data: before.data } : { state: 'loading' },
    )
    client.stats({ ...filter, ...(bucket ? { bucket } : {}) }).then(
      (stats) => current && setLoaded({ state: 'ready', data: stats }),
      (error: unknown) => current && setLoaded({ state: 'error', error }),
    )
    return () => {
      current = false
    }
  }, [client, filter, bucket, refreshes])
  return loaded
}
