import type { Actor, Draft, EntityRename, Lexicon, NameDecision, NewName } from '@sitrep/domain'

/** The editor's answers for the new names, checked: renames for every draft and new actors. */
export interface NamePlan {
  readonly renames: readonly EntityRename[]
  /** Each with the proposed id it adds, to be written only when a published draft reads it. */
  readonly actors: readonly Actor[]
  readonly problems: readonly string[]
}

/** Every new name of the drafts, by proposed id: one name may be read by several drafts. */
const newNamesById = (drafts: readonly Draft[]): Map<string, NewName[]> => {
  const byId = new Map<string, NewName[]>()
  for (const n of drafts.flatMap((d) => d.newNames))
    byId.set(n.proposedId, [...(byId.get(n.proposedId) ?? []), n])
  return byId
}

const article = { actor: 'an actor', place: 'a place' } as const

/**
 * One answer per name, for every draft that reads it. A decision must name a new name of this
 * reading of the article; `map` must reach an entry of the same type that the dictionaries
 * hold; only an actor name can be `add`ed, and not under an id the dictionary already holds.
 */
export const planNames = (
  drafts: readonly Draft[],
  decisions: readonly NameDecision[],
  lexicon: Lexicon,
): NamePlan => {
  const byId = newNamesById(drafts)
  const renames: EntityRename[] = []
  const actors: Actor[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  for (const decision of decisions) {
    const id = decision.proposedId
    const read = byId.get(id)
    const types = new Set(read?.map((n) => n.type))
    const [type] = types
    if (!read || !type) {
      problems.push(`name decision for ${id}: no draft of this article carries that name`)
      continue
    }
    if (seen.has(id)) {
      problems.push(`name ${id} has more than one decision`)
      continue
    }
    seen.add(id)
    if (decision.action === 'keep' || (decision.action === 'map' && decision.to === id)) continue
    if (types.size > 1) {
      problems.push(`name ${id} is read both as an actor and as a place: keep it new`)
      continue
    }
    if (decision.action === 'map') {
      const target = type === 'actor' ? lexicon.actor(decision.to) : lexicon.place(decision.to)
      if (target) renames.push({ type, from: id, to: decision.to })
      else
        problems.push(
          `name ${id} is mapped to ${decision.to}, which is not ${article[type]} in the ${type === 'actor' ? 'actor dictionary' : 'gazetteer'}`,
        )
      continue
    }
    if (type !== 'actor') problems.push(`name ${id} is a place: only actor names can be added`)
    else if (lexicon.actor(id)) problems.push(`actor ${id} is already in the dictionary`)
    else {
      const spelled = read[0]?.name ?? id
      const name = decision.name ?? spelled
      // The article's spelling stays an alias, so the next article that uses it resolves.
      const aliases = name === spelled ? [] : [spelled]
      actors.push({ id, kind: decision.kind, name, aliases, roles: [] })
    }
  }
  return { renames, actors, problems }
}
