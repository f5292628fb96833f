import {
  type Attack,
  datesCompatible,
  type FuzzyDate,
  placeById,
  type SitrepRecord,
} from '@sitrep/domain'

/** Dataset records carry their dataset in the id, so fusion can tell a report from an article. */
export const DATASET_PREFIXES = ['attack-af-', 'attack-cir-', 'attack-acled-'] as const

export const datasetOf = (id: string): string | undefined =>
  DATASET_PREFIXES.find((prefix) => id.startsWith(prefix))

export type FusionVerdict =
  | { readonly fuse: true; readonly score: number; readonly reasons: string[] }
  | { readonly fuse: false; readonly reason: string }

const dates = (r: SitrepRecord): FuzzyDate[] =>
  r.claims.flatMap((c) => (c.fact === 'date' && c.value.resolved ? [c.value] : []))

/**
 * The oblast a place is in (a city's parent region), or the place itself: an article's "Kharkiv"
 * and the Air Force's "Kharkiv oblast" are the same area. Countries are left out: "Ukraine"
 * overlaps every attack on Ukraine and says nothing about whether two reports are one attack.
 */
const areas = (placeIds: readonly string[]): Set<string> =>
  new Set(
    placeIds.flatMap((id) => {
      const place = placeById(id)
      if (!place || place.kind === 'country') return []
      if (place.kind === 'region') return [place.id]
      const parent = place.parentId ? placeById(place.parentId) : undefined
      return [parent?.kind === 'region' ? parent.id : place.id]
    }),
  )

/** Claims of another dataset record already fused into this one. */
const heldDatasets = (record: SitrepRecord): Set<string> =>
  new Set(record.claims.flatMap((c) => DATASET_PREFIXES.filter((p) => c.id.startsWith(p))))

/**
 * Whether an incoming dataset attack and a record sitrep holds are one attack, with reasons.
 * All must hold: both attacks; same attacker and target; resolved dates that overlap (the
 * night of 20–21 July and "overnight into Monday"); at least one shared oblast, cities lifted
 * to their oblast. Two records of one dataset never fuse (the dataset already decided they are
 * two), nor does a record take a second report of a dataset it holds one of.
 */
export const fusionVerdict = (incoming: Attack, held: SitrepRecord): FusionVerdict => {
  if (held.kind !== 'attack') return { fuse: false, reason: `${held.id} is a ${held.kind}` }
  if (held.id === incoming.id) return { fuse: false, reason: 'the same record' }
  const dataset = datasetOf(incoming.id)
  if (dataset && datasetOf(held.id) === dataset)
    return { fuse: false, reason: `both are records of the same dataset (${dataset}*)` }
  if (dataset && heldDatasets(held).has(dataset))
    return { fuse: false, reason: `${held.id} already holds a report of this dataset` }
  if (held.attackerId !== incoming.attackerId || held.targetId !== incoming.targetId)
    return {
      fuse: false,
      reason: `different sides (${incoming.attackerId} on ${incoming.targetId} vs ${held.attackerId} on ${held.targetId})`,
    }
  const a = dates(incoming)
  const b = dates(held)
  if (a.length === 0 || b.length === 0)
    return { fuse: false, reason: 'a record has no resolved date' }
  const meeting = a.flatMap((x) =>
    b.filter((y) => datesCompatible(x, y)).map((y) => [x, y] as const),
  )
  const [pair] = meeting
  if (!pair) return { fuse: false, reason: 'their dates do not overlap' }
  const x = areas(incoming.placeIds)
  const y = areas(held.placeIds)
  const shared = [...x].filter((p) => y.has(p))
  if (shared.length === 0) return { fuse: false, reason: 'no oblast in common' }
  const [d, e] = pair
  const span = (f: FuzzyDate) => (f.resolved ? `${f.start}..${f.end}` : f.raw)
  return {
    fuse: true,
    score: Math.round((0.5 + (0.5 * shared.length) / new Set([...x, ...y]).size) * 1000) / 1000,
    reasons: [
      `same attacker and target (${incoming.attackerId} on ${incoming.targetId})`,
      `dates overlap (${span(d)} and ${span(e)})`,
      `shared areas (oblast level): ${shared.join(', ')}`,
    ],
  }
}

export interface FusionPlan {
  /** Incoming record id -> the held record it fuses into, with why. */
  readonly into: ReadonlyMap<string, { readonly recordId: string; readonly reasons: string[] }>
}

/**
 * Pairs incoming records with held ones, best score first, each held record taking at most one
 * incoming record of a dataset: of two Air Force posts about the same night, the national
 * report naming the article's oblasts wins over a regional command's post.
 */
export const planFusion = (
  incoming: readonly Attack[],
  held: readonly SitrepRecord[],
): FusionPlan => {
  const pairs = incoming.flatMap((i) =>
    held.flatMap((h) => {
      const v = fusionVerdict(i, h)
      return v.fuse ? [{ i, h, score: v.score, reasons: v.reasons }] : []
    }),
  )
  pairs.sort((p, q) => q.score - p.score || p.i.id.localeCompare(q.i.id))
  const into = new Map<string, { recordId: string; reasons: string[] }>()
  const taken = new Set<string>()
  for (const p of pairs) {
    const key = `${p.h.id}|${datasetOf(p.i.id) ?? ''}`
    if (into.has(p.i.id) || taken.has(key)) continue
    into.set(p.i.id, { recordId: p.h.id, reasons: p.reasons })
    taken.add(key)
  }
  return { into }
}
