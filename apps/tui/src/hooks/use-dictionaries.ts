import type { SitrepClient } from '@sitrep/client'
import { useEffect, useState } from 'react'
import { type Dictionaries, emptyDictionaries, fetchDictionaries } from '../lib/names.ts'

/** Actors, places and sources, fetched once (unless the caller already has them). */
export const useDictionaries = (client: SitrepClient, initial?: Dictionaries): Dictionaries => {
  const [dictionaries, setDictionaries] = useState<Dictionaries>(initial ?? emptyDictionaries)
  useEffect(() => {
    if (initial) return
    let current = true
    fetchDictionaries(client).then(
      (loaded) => current && setDictionaries(loaded),
      // Without dictionaries the screens show ids; the list's own error reports the outage.
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [client, initial])
  return dictionaries
}
