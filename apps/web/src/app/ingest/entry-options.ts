import { ActorKind, type IngestProposal } from '@sitrep/domain'
import type { EntryOptions } from './ingest-state.ts'
import type { EntryDictionaries } from './resolve-entry.ts'

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label)

/**
 * The entries a new name can be mapped to, only for the types the drafts have new names of:
 * the list travels in the page's state, and the gazetteer may hold thousands of places.
 * Places are labelled with their parent ("Odesa, Odesa Oblast"), as names repeat across oblasts.
 */
export const entryOptions = (proposal: IngestProposal, dict: EntryDictionaries): EntryOptions => {
  const types = new Set(proposal.drafts.flatMap((d) => d.newNames.map((n) => n.type)))
  return {
    actor: types.has('actor')
      ? dict.actors.map((a) => ({ id: a.id, label: a.name, group: a.kind })).sort(byLabel)
      : [],
    place: types.has('place')
      ? dict.places
          .map((p) => {
            const parent = p.parentId ? dict.place(p.parentId)?.name : undefined
            return { id: p.id, label: parent ? `${p.name}, ${parent}` : p.name, group: p.country }
          })
          .sort(byLabel)
      : [],
    actorKinds: types.has('actor') ? ActorKind.options : [],
  }
}
