import { type Coordinates, type Place, places, resolvePlace } from '@sitrep/domain'

const cities = places.filter((p) => p.kind === 'city')

const km = (a: Coordinates, b: Coordinates): number => {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return 12_742 * Math.asin(Math.sqrt(h))
}

/** The gazetteer city nearest a point, if one lies within `withinKm`. */
export const nearestCity = (at: Coordinates, withinKm: number): Place | undefined => {
  let best: { place: Place; d: number } | undefined
  for (const place of cities) {
    const d = km(at, place.coordinates)
    if (d <= withinKm && (!best || d < best.d)) best = { place, d }
  }
  return best?.place
}

/**
 * An oblast as volunteers typed it: "Kharkiv Oblast", "Zaporizhia Oblast", "Odessa Oblast",
 * "Donets'ka oblast" (the Ukrainian adjective), "Donestk Oblast" (a typo seen in the file).
 */
const SPELLINGS: Readonly<Record<string, string>> = {
  'zaporizhia oblast': 'Zaporizhzhia Oblast',
  'odessa oblast': 'Odesa Oblast',
  'donestk oblast': 'Donetsk Oblast',
  "donets'ka oblast": 'Donetsk Oblast',
  "kharkivs'ka oblast": 'Kharkiv Oblast',
  "zaporiz'ka oblast": 'Zaporizhzhia Oblast',
  "luhans'ka oblast": 'Luhansk Oblast',
  "khersons'ka oblast": 'Kherson Oblast',
  "mykolayivs'ka oblast": 'Mykolaiv Oblast',
  "kyivs'ka oblast": 'Kyiv Oblast',
}

export const resolveOblast = (name: string): string | undefined => {
  const text = name.trim()
  if (!text) return undefined
  const fixed = SPELLINGS[text.toLowerCase()] ?? text
  const id = resolvePlace(fixed) ?? resolvePlace(`${fixed.replace(/\s+oblast$/i, '')} Oblast`)
  return id && places.find((p) => p.id === id)?.kind === 'region' ? id : undefined
}
