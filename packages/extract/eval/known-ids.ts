import { actors, places } from '@sitrep/domain'
import { proposedId } from '../src/names.ts'

/** Each proposed id that one entry's name or alias would give, mapped to that entry's id. */
const proposals = (
  entries: readonly { id: string; name: string; aliases: readonly string[] }[],
) => {
  const owners = new Map<string, Set<string>>()
  for (const entry of entries)
    for (const name of [entry.name, ...entry.aliases]) {
      const id = proposedId(name)
      owners.set(id, (owners.get(id) ?? new Set()).add(entry.id))
    }
  // A proposed id two entries would give ("new-altai-region") names neither for sure
  return new Map([...owners].flatMap(([id, set]) => (set.size === 1 ? [[id, [...set][0]]] : [])))
}

const actorIds = proposals(actors)
const placeIds = proposals(places)

/** "damage new-kursk-region,ua-kharkiv@…": an effect's places, which its key lists sorted. */
const PLACE_LIST = /^([a-z-]+) ([a-z][a-z0-9-]*(?:,[a-z][a-z0-9-]*)+)(@.*)?$/

/**
 * Gold written before a dictionary knew a name holds the id the extractor then proposed for it
 * (`new-sweden`, `new-belgorod-region`); once the actor dictionary or the gazetteer holds the
 * name, the extractor answers with its id (`sweden`, `ru-belgorod-oblast`). Gold keys read such
 * proposed ids as the dictionary's id, so adding a name to a dictionary is scored by what it
 * changes in the facts, not by when the gold was written. It rewrites ids only (keeping an
 * effect's place list sorted), the same way on every set; an actor's name wins over a place's.
 */
export const knownIds = (key: string): string => {
  const rewritten = key.replace(
    /new-[a-z0-9-]+/g,
    (id) => actorIds.get(id) ?? placeIds.get(id) ?? id,
  )
  if (rewritten === key) return key
  const list = PLACE_LIST.exec(rewritten)
  if (!list) return rewritten
  return `${list[1]} ${list[2]?.split(',').sort().join(',')}${list[3] ?? ''}`
}
