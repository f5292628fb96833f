import type { Dictionaries } from '@sitrep/domain'

/**
 * FNV-1a over the dictionaries' JSON (about 60 kB, well under a millisecond): names the version
 * a worker thread has cached, so the dictionaries cross to a thread once per version rather than
 * with every article. Editors adding an actor through ingest make a new version.
 */
export const dictionariesKey = ({ places, actors }: Dictionaries): string => {
  const text = JSON.stringify([places, actors])
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `${places.length}.${actors.length}.${text.length}.${hash.toString(16)}`
}
