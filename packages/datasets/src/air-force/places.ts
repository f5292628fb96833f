import { resolvePlace } from '@sitrep/domain'
import { splitAnd } from '../cells.ts'
import { pyCountDict, pyStringList } from '../python-literal.ts'

export interface ResolvedPlaces {
  readonly placeIds: string[]
  /** Names the gazetteer does not hold (Russian airfields, seas, "south"), kept as text. */
  readonly unresolved: string[]
}

/**
 * One place name as the Air Force writes it: "Kyiv oblast", "Hvardiiske, Crimea",
 * "Dnipropetrovsk oblast, Dnipro Raion", "Black Sea, Anapa". The qualified form is tried
 * whole, then its first part; a place only known to be in Crimea resolves to Crimea.
 */
export const resolveAirForcePlace = (name: string): string | undefined => {
  const text = name.trim()
  const whole = resolvePlace(text)
  if (whole) return whole
  const [head, ...rest] = text.split(',').map((s) => s.trim())
  const first = head ? resolvePlace(head) : undefined
  if (first) return first
  if (rest.some((r) => /^crimea$/i.test(r))) return resolvePlace('Crimea')
  return undefined
}

export const resolvePlaceList = (names: readonly string[]): ResolvedPlaces => {
  const placeIds: string[] = []
  const unresolved: string[] = []
  for (const name of names) {
    const id = resolveAirForcePlace(name)
    if (id) {
      if (!placeIds.includes(id)) placeIds.push(id)
    } else if (!unresolved.includes(name)) unresolved.push(name)
  }
  return { placeIds, unresolved }
}

/** " and "-joined names; the file also has a stray leading "and Shatalovo". */
export const andList = (cell: string | undefined): string[] =>
  splitAnd((cell ?? '').replace(/^\s*and\s+/i, ''))

/** "['Kyiv oblast', 'Lviv oblast']" or a plain name. */
export const affectedRegions = (cell: string | undefined): string[] => pyStringList(cell ?? '')

/**
 * "{'south': 11, 'Odesa oblast': 4, 'east': NaN}": where targets were destroyed. Keys are
 * macro-regions or oblasts; NaN means mentioned without a number.
 */
export const destroyedDetails = (cell: string | undefined) => pyCountDict(cell ?? '')
