// The shape of a gazetteer entry and the helpers the generator's modules share.

export const round = (x) => Math.round(x * 1e4) / 1e4

export const slug = (name) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’ʼ`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** GeoNames romanises the soft sign as ’ (Kramators’k); English usage drops it. */
export const plainName = (name) => name.replace(/['’ʼ]/g, '')

export const coordinatesOf = (city) => ({
  lat: round(city.loc.coordinates[1]),
  lon: round(city.loc.coordinates[0]),
})

/**
 * A label point for an area without a polygon: the population-weighted mean of its GeoNames
 * places. It lands where people live (central Kyiv oblast, European Russia), which is what a
 * marker on a news map should show; it is not a geographic centroid.
 */
export const populationCentre = (places) => {
  // Chukotka's towns lie on both sides of the 180th meridian (Anadyr 177.5, Provideniya -173.2):
  // there longitudes are averaged east of it and wrapped back, or the mean lands in Siberia.
  const lons = places.map((p) => p.loc.coordinates[0])
  const spansDateline = Math.max(...lons) - Math.min(...lons) > 180
  let weight = 0
  let lat = 0
  let lon = 0
  for (const p of places) {
    const w = Math.max(p.population, 1)
    const x = p.loc.coordinates[0]
    weight += w
    lat += p.loc.coordinates[1] * w
    lon += (spansDateline && x < 0 ? x + 360 : x) * w
  }
  if (weight === 0) throw new Error('no places to place an area')
  const mean = lon / weight
  return { lat: round(lat / weight), lon: round(mean > 180 ? mean - 360 : mean) }
}

const uniqueAliases = (name, aliases) => {
  const seen = new Set([name])
  const out = []
  for (const a of aliases) {
    if (!seen.has(a)) {
      seen.add(a)
      out.push(a)
    }
  }
  return out
}

export const place = (p) => ({
  id: p.id,
  name: p.name,
  aliases: uniqueAliases(p.name, p.aliases),
  kind: p.kind,
  country: p.country,
  ...(p.isoCode ? { isoCode: p.isoCode } : {}),
  ...(p.parentId ? { parentId: p.parentId } : {}),
  coordinates: p.coordinates,
  ...(p.geonameId ? { geonameId: p.geonameId } : {}),
  ...(p.population !== undefined ? { population: p.population } : {}),
})

/**
 * The key the domain's name index compares names by (aliases.ts `normaliseName`), so the
 * generator can keep a new name from colliding with one an entry already answers to.
 */
export const nameKey = (text) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ`´"“”„«».]/g, '')
    .replace(/[\s,\-‐‑–—_/]+/g, ' ')
    .trim()
    .replace(/^the /, '')
