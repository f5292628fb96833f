import type { AttackClaim, Lexicon } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import { fastBounds } from './fast-bounds.ts'
import { placesIn } from './places.ts'
import { parseNumber } from './quantities.ts'

type Effect = Extract<AttackClaim, { fact: 'effect' }>['value']

const hoursOf = (text: string): Effect['duration'] | undefined => {
  const m = /\bfor (?:(several|a few|many|\d+|\p{L}+) )?hours?\b/iu.exec(text)
  if (!m) return undefined
  const n = m[1] ? parseNumber(m[1]) : undefined
  return { raw: m[0], ...(n !== undefined ? { hours: { qualifier: 'exact', value: n } } : {}) }
}

const AIRPORT_CLOSED = /\b(?:closed|closure|shut|suspended|suspension|halted|restrictions)\b/i
/** "a fire broke out", "a refinery was on fire", "sparked a fire", "explosions and a fire were reported". */
const FIRE = fastBounds(
  /\b(?:set|setting) fire to\b|\bblazes? (?:broke out|erupted|started)\b|\b(?:set|was|were|left) ablaze\b|\b(?:caught|catching) fire\b|\b(?:went up|burst) in(?:to)? flames\b|\bfires? (?:(?:had |has )?broken out|broke out|erupted|raged|(?:was|were) reported|started|occurred|(?:was|were) recorded)\b|\b(?:was|were|is|are|left [^.;]{1,80}?) on fire\b|\b(?:sparked|sparking|caused|causing|started|starting|triggered|triggering|ignited)\s+(?:a\s+|several\s+)?(?:\p{L}+\s+)?(?:fires?|blazes?)\b/iu,
)
const POWER =
  /\b(?:(?:power|electricity)(?: and (?:water|heat(?:ing)?|gas))? (?:outages?|cuts?)|(?:water|heat(?:ing)?|gas) and (?:power|electricity) (?:outages?|cuts?)|power outages?|blackouts?|without (?:power|electricity|light)|power cuts?|(?:knock\w*|cut\w*) (?:out |off )?(?:the )?(?:power|electricity)|(?:power|electricity)(?: supplies| supply)? (?:was|were|had been|has been|have been) (?:(?:partially|temporarily)\s+)?(?:cut|knocked out|lost|disrupted|interrupted)|de-?energi[sz]ed|emergency (?:power )?(?:outages|shutdowns|blackouts)|power (?:supply )?(?:disruptions|interruptions)|outages (?:occurred|were (?:recorded|reported|registered))|plung(?:ed|ing|es) (?:[\w-]+ ){0,4}?into (?:the )?dark(?:ness)?|(?:left|leaving) (?:[\w-]+ ){0,4}?in (?:the )?dark(?:ness)?(?! about| over| as to))\b/i
/** Heating, water and gas cut off, schools or trains closed or halted: effects of their own kind ("other"). */
const UTILITIES = fastBounds(
  /\b(?:schools?|kindergartens?|metro|railway|trains?)\s+(?:\p{L}+\s+){0,3}?(?:were|was|had been|have been)\s+(?:\p{L}+\s+)?(?:closed|shut|suspended|halted|evacuated)\b|\b(?:heating|water|gas) (?:supplies|supply)?\s*(?:was|were|had been|have been)?\s*(?:cut|disrupted|knocked out)\b|\b(?:cut(?:ting)?(?: off)?|disrupt(?:ed|ing)|knock\w* out)\s+(?:\p{L}+\s+){0,2}(?:heating|water|gas)\b/iu,
)
const SUPERLATIVE =
  '(?:largest|biggest|most massive|heaviest|worst|deadliest|most lethal|most (?:extensive|powerful|intense|devastating|destructive))'
const ATTACK_WORD = '(?:attacks?|strikes?|assaults?|bombardments?|shelling|barrages?|onslaughts?)'
/** "the largest attack on the city since …", "the attack is one of the deadliest …". */
const ASSESSMENT = fastBounds(
  new RegExp(
    `\\b(?:not|never)\\s+(?:\\p{L}+\\s+)?(?:seen|experienced|faced|known|had)\\s+(?:such|so)\\s+(?:an?\\s+)?(?:\\p{L}+\\s+)?${ATTACK_WORD}\\b|(?<!(?:second|third|fourth)\\s)\\b${SUPERLATIVE}\\b[^.]{0,40}?\\b${ATTACK_WORD}\\b|\\b${ATTACK_WORD}\\b[^.]{0,30}?\\bone of the (?:\\p{L}+\\s)?${SUPERLATIVE}\\b|\\b${ATTACK_WORD}\\b[^.]{0,60}?\\b(?:was|is|became|marked) (?:the|its) (?:\\p{L}+\\s)?${SUPERLATIVE}\\b`,
    'iu',
  ),
)
/** Buildings and works a strike can damage. */
const BUILDING =
  '(?:infrastructure|buildings?|houses?|homes|flats|facilit(?:y|ies)|substations?|blocks?|warehouses?|schools?|hospitals?|kindergartens?|(?:railway |petrol |gas |power )?stations?|plants?|refiner(?:y|ies)|depots?|(?:infrastructure )?sites?|enterprises?|high-rises?|dormitor(?:y|ies)|church(?:es)?|bus(?:es)?|trams?|trains?|ships?|vessels?|tankers?|terminals?|pipelines?|bridges?|apartments?|cars?|(?<!aerial )vehicles?|garages?|windows|roofs?|shops?|stores?|offices?|factor(?:y|ies)|businesses|premises|structures?|storage tanks?|oil tanks?|tanks|equipment|silos?|granar(?:y|ies)|(?:grain )?elevators?|hangars?|barracks|hotels?|universit(?:y|ies)|markets?|(?:shopping )?malls?|boiler houses?|stadiums?|museums?|theat(?:re|er)s?|cottages?|(?:power|transmission|gas|water) (?:lines?|mains)|locomotives?|carriages|wagons|rolling stock|(?:railway )?tracks)'
/**
 * A building damaged, in the passive ("a high-rise building was damaged", "the building that
 * was struck by a missile", "two petrol stations damaged") or the active ("debris damaged a
 * school", "two missiles had hit the station").
 */
const BUILDING_WORD = new RegExp(
  `\\b${BUILDING}|\\bset(?:ting)?\\b|\\bdamage\\b|\\bdestruction\\b`,
  'i',
)
/** A superlative, or "has not seen such a powerful attack": the words an assessment needs. */
const SUPERLATIVE_WORD = new RegExp(
  `\\b${SUPERLATIVE}\\b|\\b(?:such|so) (?:an? )?(?:\\p{L}+ )?${ATTACK_WORD}\\b`,
  'iu',
)
const DAMAGE = fastBounds(
  new RegExp(
    [
      `\\b${BUILDING}\\b[^.;]{0,90}?\\b(?:was|were|has been|have been|had been|is|are)\\s+[“"]?(?:\\p{L}+\\s+)?(?:damaged|destroyed|hit|struck|ruined|disorgani[sz]ed|burned|burnt|blown out|shattered|collapsed|gutted|flattened)\\b`,
      `\\b${BUILDING}\\s+(?:\\p{L}+\\s+)?(?:damaged|destroyed)\\b`,
      // "setting a grain terminal on fire": a hit on it (a fire alone is "other")
      `\\b(?:setting|set)\\s+(?:\\p{L}+\\s+){1,4}on fire\\b`,
      `\\b(?:damag(?:ed|ing)|destroy(?:ed|ing)|hit(?: with (?:an? )?(?:missiles?|drones?|rockets?|bombs?))?|hitting|struck|striking|(?:tore|ripped|smashed|slammed|crashed) (?:through|into))\\s+(?:the\\s+|a\\s+|an\\s+|two\\s+|several\\s+|\\d+\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?${BUILDING}\\b`,
      // "windows blown out", "was left with a gaping hole": damage told by what it left
      `\\bwindows\\s+(?:were\\s+)?(?:blown out|shattered|smashed)\\b|\\b(?:blowing|blew|blown|shattering|smashing) (?:out )?(?:the )?(?:\\p{L}+ ){0,2}?windows\\b`,
      `\\b${BUILDING}\\b[^.;]{0,40}?\\bwas left with (?:a|an)\\s+(?:\\p{L}+\\s+)?(?:hole|crater)\\b`,
      // "damage to port infrastructure was recorded", "a facility sustained damage": the noun
      `\\bdamage (?:was caused |was done )?to\\s+(?:the\\s+|a\\s+|an\\s+|two\\s+|several\\s+|\\d+\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${BUILDING}\\b`,
      `\\b${BUILDING}\\b[^.;]{0,80}?\\b(?:sustained|suffered|received)\\s+(?:\\p{L}+\\s+)?damage\\b`,
      // "resulted in significant damage", "several incidents of damage": damage told as a noun
      `(?<!\\b(?:no|without|any)\\s+(?:\\p{L}+\\s+){0,3})\\b(?:significant|extensive|severe|serious|heavy|major|considerable|substantial|widespread)\\s+damage\\b|\\bincidents? of damage\\b`,
      // "caused damage in the Kharkiv region", "damage was reported in three districts",
      // "there was destruction in the city": damage told as a noun with the verb that reports it
      `\\b(?<!\\bwithout\\s)(?:caused|causing|inflicted|inflicting|left|leaving)\\s+(?!no\\b|little\\b|any\\b)(?:\\p{L}+\\s+)?(?:damage|destruction)\\b`,
      `\\b(?:damage|destruction)\\s+(?:was|were|has been|had been|is)\\s+(?:also\\s+)?(?:reported|recorded|registered|done|caused)\\b`,
      `\\bthere (?:was|were|is|are) (?:\\p{L}+\\s+)?destruction\\b`,
      // "debris fell on a kindergarten", "drones fell on houses": what it fell on was hit
      `\\b(?:debris|fragments|wreckage|drones?|UAVs?|missiles?|shells?|of them)\\b[^.;]{0,40}?\\bfell (?:on|onto)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${BUILDING}\\b`,
      // "a missile attack on a nine-storey building": a hit on it
      `\\b(?:attack|strike) on (?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?${BUILDING}\\b`,
    ].join('|'),
    'iu',
  ),
)
/** "all intended targets were successfully hit": the attacker's claim of damage. */
const TARGETS_HIT = fastBounds(
  /\btargets? (?:were|was|have been|had been) (?:\p{L}+ )?(?:hit|struck|destroyed)\b/iu,
)

/**
 * The clause that states an effect ("debris damaged a school building"), not the whole lead
 * sentence with its toll, source and byline around it.
 */
const clauseOf = (text: string, re: RegExp): string | undefined => {
  const m = re.exec(text)
  if (!m) return undefined
  const start = Math.max(...[',', ';', ':', '—', '–'].map((c) => text.lastIndexOf(c, m.index))) + 1
  const tail = /[,;:—–]|\.(?:\s|$)/.exec(text.slice(m.index + m[0].length))
  const end = tail ? m.index + m[0].length + tail.index : text.length
  const clause = text
    .slice(start, end)
    .trim()
    .replace(/^(?:and|but|while|as)\s+/i, '')
    // "Governor X said one facility sustained damage": the damage, not who told it
    .replace(/^[^,;]{0,80}?\b(?:said|says|reported|wrote|added|announced)(?: that)?\s+/i, '')
  return clause ? (clause.charAt(0).toUpperCase() + clause.slice(1)).slice(0, 1000) : undefined
}

/**
 * Closed airports, fires, outages, cut heating and water, damage and assessments ("the largest
 * attack since …"). Each is read from its own words, wherever in the article they stand.
 */
export const effectsIn = (
  s: ArticleSentence,
  targetId: string | undefined,
  attackPlaces: readonly string[],
  lexicon: Lexicon,
  /** The place of the local official who tells the effect ("the mayor of Kharkiv said"). */
  officialPlace?: string,
  /** Places the sentence names that the gazetteer lacks ("In Chuhuiv, two garages burned"). */
  newPlaces: readonly string[] = [],
): Effect[] => {
  const text = s.text
  const places = placesIn(s, targetId, lexicon)
  // an effect is where its own sentence, or the local official telling it, puts it: "a fire
  // broke out", with no place, is not in every city the attack struck so far
  // "The strike damaged port infrastructure": the strike just told, in its one place so far
  // and a sentence that names no place tells of the one city the attack struck so far (a
  // region is too wide to say the damage was in it rather than in some town of it)
  const [only] = attackPlaces
  const thatStrike =
    attackPlaces.length === 1 && only && lexicon.place(only)?.kind === 'city' ? [only] : []
  // "In the Lviv region, … a fire broke out at a factory in the city of Drohobych": the town
  // says where in its region, so the region adds nothing
  const inner = places.filter((id) => !places.some((c) => lexicon.place(c)?.parentId === id))
  const where = places.length
    ? inner
    : newPlaces.length
      ? [...newPlaces]
      : officialPlace
        ? [officialPlace]
        : thatStrike
  const clause = text
    .replace(/^(?:According to [^,]+,|Referring to [^,]+,)\s*/i, '')
    .replace(/\.$/, '')
  const description = (clause.charAt(0).toUpperCase() + clause.slice(1)).slice(0, 1000)
  const effects: Effect[] = []
  if (/\bairports?\b/i.test(text) && AIRPORT_CLOSED.test(text)) {
    const duration = hoursOf(text)
    for (const id of places.length ? places : attackPlaces.slice(0, 1))
      effects.push({
        type: 'airport-closure',
        placeIds: [id],
        description,
        ...(duration ? { duration } : {}),
      })
  }
  const own = (re: RegExp) => clauseOf(text, re) ?? description
  if (/fire|blaze|flame/i.test(text) && FIRE.test(text))
    effects.push({ type: 'other', placeIds: where, description: own(FIRE) })
  const power = POWER.test(text)
  if (power) effects.push({ type: 'power-outage', placeIds: where, description: own(POWER) })
  // "cutting off power and water supplies": the outage, and the water cut as an effect of its own
  if (UTILITIES.test(text))
    effects.push({ type: 'other', placeIds: where, description: own(UTILITIES) })
  // "The attack is one of the deadliest …": of the one place struck so far, if one
  const assessed = places.length ? places : attackPlaces.length === 1 ? [...attackPlaces] : []
  // cheap word tests first: the full patterns are slow on the many sentences without them
  // the clause that judges the attack, not the lead sentence with its counts around it
  if (SUPERLATIVE_WORD.test(text) && ASSESSMENT.test(text))
    effects.push({ type: 'assessment', placeIds: assessed, description: own(ASSESSMENT) })
  // "the largest attack of the war, striking a government building": a judgement and a hit;
  // "denied targeting civilians, saying its forces struck only military facilities" is neither
  if (BUILDING_WORD.test(text) && DAMAGE.test(text) && !/\bden(?:ied|ies|y|ying)\b/i.test(text))
    effects.push({ type: 'damage', placeIds: where, description: own(DAMAGE) })
  else if (TARGETS_HIT.test(text))
    effects.push({ type: 'damage', placeIds: places, description: own(TARGETS_HIT) })
  return effects
}
