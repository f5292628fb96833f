import type { Attack, Lexicon, NewName } from '@sitrep/domain'

const ADJECTIVES: Record<string, string> = { russia: 'Russian', ukraine: 'Ukrainian' }
const WEAPON_WORDS: Record<string, string> = {
  drone: 'drone',
  missile: 'missile',
  'glide-bomb': 'glide-bomb',
  artillery: 'artillery',
  aircraft: 'air',
  other: '',
}

const list = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`

/**
 * A title an editor can read: "Russian drone and missile attack on Kyiv", "Ukrainian drone
 * attack on the Saratov region and 5 other places". Places read by their names (a proposed
 * place by the article's spelling), never by ids; the target state when no place is known.
 */
export const attackTitle = (
  a: Pick<Attack, 'attackerId' | 'targetId' | 'placeIds' | 'weapons'>,
  newNames: readonly NewName[],
  lexicon: Lexicon,
): string => {
  const by = ADJECTIVES[a.attackerId] ?? lexicon.actor(a.attackerId)?.name ?? a.attackerId
  const weapons = list(
    [...new Set(a.weapons.map((w) => WEAPON_WORDS[w.type] ?? ''))].filter(Boolean),
  )
  const placeName = (id: string) =>
    lexicon.place(id)?.name ?? newNames.find((n) => n.proposedId === id)?.name
  const [first, ...rest] = a.placeIds.map(placeName).filter((n): n is string => Boolean(n))
  const target = lexicon.actor(a.targetId)?.name ?? a.targetId
  const where = first
    ? `${/\bregion$/i.test(first) ? 'the ' : ''}${first}${rest.length ? ` and ${rest.length} other ${rest.length === 1 ? 'place' : 'places'}` : ''}`
    : target
  return `${by} ${weapons ? `${weapons} ` : ''}attack on ${where}`.slice(0, 300)
}
