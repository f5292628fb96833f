import { z } from 'zod'
import type { Evidence } from './evidence.ts'
import { ActorId, SourceId } from './ids.ts'

/**
 * Who first put a claim into the world, so that repeats of one report are not counted as
 * corroboration: two outlets quoting the same TASS report share the origin TASS; a dataset row
 * has its dataset's; a named official speaking is their own; an article's own reporting is the
 * article's (or, for a syndicated copy, its original's).
 */
export const Origin = z
  .discriminatedUnion('type', [
    /** A named speaker, body or outlet in the actor dictionary. */
    z.strictObject({ type: z.literal('actor'), actorId: ActorId }),
    /** An outlet the text names but the dictionary does not hold yet ("according to Reuters"). */
    z.strictObject({ type: z.literal('outlet'), name: z.string().min(1).max(200) }),
    /** A dataset (the Air Force's daily counts, ACLED): every row of it is one origin. */
    z.strictObject({ type: z.literal('dataset'), datasetId: z.string().min(1).max(200) }),
    /** A document's own reporting, nobody else named behind it. */
    z.strictObject({ type: z.literal('source'), sourceId: SourceId }),
  ])
  .meta({ id: 'Origin' })
export type Origin = z.infer<typeof Origin>

/**
 * What `originOf` needs to know of a source. Structural, so a full `Source` fits: `copyOf` is a
 * near-duplicate or syndicated copy's original, `outletId` the outlet whose own voice it is.
 */
export interface SourceOrigin {
  readonly copyOf?: SourceId
  readonly outletId?: ActorId
}
export type SourceLookup = (id: SourceId) => SourceOrigin | undefined

const noSources: SourceLookup = () => undefined

/** One string per origin, for counting: `actor:tass`, `dataset:ua-air-force`, `source:src-1`. */
export const originKey = (o: Origin): string => {
  switch (o.type) {
    case 'actor':
      return `actor:${o.actorId}`
    case 'outlet':
      return `outlet:${o.name.trim().toLowerCase()}`
    case 'dataset':
      return `dataset:${o.datasetId}`
    case 'source':
      return `source:${o.sourceId}`
  }
}

/** Follows syndicated copies back to the first document; a cycle stops where it closes. */
const rootSource = (id: SourceId, sources: SourceLookup): SourceId => {
  const seen = new Set<SourceId>([id])
  let at = id
  for (let next = sources(at)?.copyOf; next && !seen.has(next); next = sources(at)?.copyOf) {
    seen.add(next)
    at = next
  }
  return at
}

/**
 * The origin of an evidence item: its explicit `origin` when the extractor or an editor set one,
 * else read from the attribution chain, first named link wins — whom the speaker cites, then the
 * speaker (an official, a body, or an outlet speaking for itself), then the outlet that carried
 * unnamed words. With nobody named, the document itself is the origin; its outlet's when the
 * source lookup knows one, so a TASS article and a report "citing TASS" count once.
 *
 * A named official outranks the outlet carrying them: two agencies relaying one Zelensky video
 * are one origin, Zelensky, not two.
 */
export const originOf = (e: Evidence, sources: SourceLookup = noSources): Origin => {
  if (e.origin) return e.origin
  if (e.attribution === 'dataset')
    return {
      type: 'dataset',
      datasetId: e.assertedBy.type === 'actor' ? e.assertedBy.actorId : e.assertedBy.description,
    }
  for (const link of [e.citing, e.assertedBy, e.reportedBy])
    if (link?.type === 'actor') return { type: 'actor', actorId: link.actorId }
  const root = rootSource(e.sourceId, sources)
  const outletId = sources(root)?.outletId
  return outletId ? { type: 'actor', actorId: outletId } : { type: 'source', sourceId: root }
}

/** The distinct origins behind some evidence, in the order first met. */
export const distinctOrigins = (
  evidence: readonly Evidence[],
  sources: SourceLookup = noSources,
): Origin[] => {
  const byKey = new Map<string, Origin>()
  for (const e of evidence) {
    const o = originOf(e, sources)
    if (!byKey.has(originKey(o))) byKey.set(originKey(o), o)
  }
  return [...byKey.values()]
}
