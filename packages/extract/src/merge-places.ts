import { placeById } from '@sitrep/domain'
import type { Signal } from './merge-signals.ts'
import { proposedId } from './names.ts'

/**
 * Russia's regions are named after their capitals, and a region the gazetteer lacks is drafted
 * under the id the extractor proposes for "the Moscow region": the city lies in it.
 */
const namedRegion = (cityId: string): string | undefined => {
  const city = placeById(cityId)
  return city?.kind === 'city' ? proposedId(`${city.name} region`) : undefined
}

/** A drafted name reads as the words it was made from: new-moscow-region is "moscow region". */
const nameOf = (id: string) => placeById(id)?.name ?? id.replace(/^new-/, '').replace(/-/g, ' ')

/** A place and every place enclosing it, nearest first: Kyiv, Kyiv city region, Ukraine. */
const ancestors = (id: string): string[] => {
  const chain: string[] = []
  const region = namedRegion(id)
  if (region) chain.push(region)
  for (let p = placeById(id)?.parentId; p && !chain.includes(p); p = placeById(p)?.parentId)
    chain.push(p)
  return chain
}

const isCountry = (id: string) => placeById(id)?.kind === 'country'

/**
 * A capital governed apart from the region around it (Kyiv and Kyiv Oblast) lies in no oblast
 * in the gazetteer, yet a night aimed at "Kyiv and the region" is told by either: the oblast
 * named after the city surrounds it.
 */
const surrounding = (cityId: string): string | undefined => {
  const city = placeById(cityId)
  const oblast = city?.kind === 'city' ? placeById(`${cityId}-oblast`) : undefined
  return oblast && !ancestors(cityId).includes(oblast.id) ? oblast.id : undefined
}

/**
 * Where: a city or region named by both is strong evidence; a report of Ukraine as a whole and
 * one of Kyiv can be the same wave, so a place inside the other's counts too, for less. Countries
 * alone say little — every Russian wave is on Ukraine.
 */
export const placeSignal = (a: readonly string[], b: readonly string[]): Signal | undefined => {
  const y = new Set(b)
  const shared = [...new Set(a)].filter((id) => y.has(id))
  const specific = shared.filter((id) => !isCountry(id))
  if (specific.length > 0)
    return {
      weight: Math.min(0.35, 0.3 + 0.05 * (specific.length - 1)),
      reason: `same place${specific.length > 1 ? 's' : ''} (${specific.map(nameOf).join(', ')})`,
    }
  const within = [
    ...a.flatMap((x) => b.map((z) => [x, z])),
    ...b.flatMap((x) => a.map((z) => [x, z])),
  ]
    .filter(([inner, outer]) => inner && outer && ancestors(inner).includes(outer))
    .map(([inner, outer]) => ({ inner: inner ?? '', outer: outer ?? '' }))
  const regional = within.filter((w) => !isCountry(w.outer))
  const around = [
    ...a.flatMap((x) => b.map((z) => [x, z])),
    ...b.flatMap((x) => a.map((z) => [x, z])),
  ]
    .filter(([city, oblast]) => city && oblast && surrounding(city) === oblast)
    .map(([inner, outer]) => ({ inner: inner ?? '', outer: outer ?? '' }))
  // "Kyiv and Kharkiv" against a night over the Kyiv and Kharkiv oblasts: each place inside the
  // other's adds a little, as each place both name does
  const inside = [...regional, ...around]
  const inners = new Set(inside.map((w) => w.inner))
  if (inside.length > 0)
    return {
      weight: Math.min(0.25, 0.15 + 0.05 * (inners.size - 1)),
      reason: inside
        .filter((w, i) => inside.findIndex((v) => v.inner === w.inner) === i)
        .map((w) =>
          regional.includes(w)
            ? `${nameOf(w.inner)} lies in ${nameOf(w.outer)}`
            : `${nameOf(w.outer)} surrounds ${nameOf(w.inner)}`,
        )
        .join(', '),
    }
  const national = within[0]
  if (national)
    return { weight: 0.1, reason: `${nameOf(national.inner)} lies in ${nameOf(national.outer)}` }
  return shared.length > 0
    ? { weight: 0.05, reason: `same country (${nameOf(shared[0] ?? '')})` }
    : undefined
}
