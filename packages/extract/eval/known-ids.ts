import { actors } from '@sitrep/domain'
import { proposedId } from '../src/names.ts'

const byProposed = new Map(
  actors.flatMap((actor) => [actor.name, ...actor.aliases].map((n) => [proposedId(n), actor.id])),
)

/**
 * Gold written before the dictionary knew an actor names it the way the extractor then proposed
 * it (`new-sweden`); once the dictionary holds the name, the extractor answers with its id
 * (`sweden`). Gold keys read such proposed ids as the dictionary's id, so adding a name to the
 * dictionary is scored by what it changes in the facts, not by when the gold was written. It
 * rewrites ids only, the same way on every set.
 */
export const knownIds = (key: string): string =>
  key.replace(/new-[a-z0-9-]+/g, (id) => byProposed.get(id) ?? id)
