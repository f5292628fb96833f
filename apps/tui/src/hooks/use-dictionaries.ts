import type { SitrepClient } from '@sitrep/client'
import { useEffect, useState } from 'react'
import { type Dictionaries, emptyDictionaries } from '../lib/names.ts'

/** Actors, places and sources, fetched once: names for every id the records hold. */
export const useDictionaries = (client: SitrepClient): Dictionaries => {
  const [dictionaries, setDictionaries] = useState<Dictionaries>(emptyDictionaries)
  useEffect(() => {
    let current = true
    Promise.all([client.actors(), client.places(), client.sources.list()]).then(
      ([actors, places, sources]) =>
        current &&
        setDictionaries({ actors: actors.items, places: places.items, sources: sources.items }),
      // Without dictionaries the screens show ids; the list's own error reports the outage.
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [client])
  return dictionaries
}
