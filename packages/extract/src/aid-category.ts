import type { Aid, AidClaim } from '@sitrep/domain'

/** The words that settle a record's category, strongest first: arms outrank relief and money. */
const CATEGORY: readonly [RegExp, Aid['category']][] = [
  [
    /\b(?:weapons?|military|defen[cs]e|missiles?|drones?|shells|ammunition|Patriot|artillery|armou?red|radars?|tanks?)\b/i,
    'military',
  ],
  [
    /\b(?:humanitarian|food|medical|medicine|ambulances|shelters?|generators|energy (?:equipment|sector|facilities|infrastructure)|electricity|heating|winter)\b/i,
    'humanitarian',
  ],
  [
    /\b(?:budget|macro-financial|loans?|lend|credit|grants?|financial|assets|tranche|disburse(?:d|s|ment)?|Ukraine Facility|World Bank|IMF|International Monetary Fund|EIB|EBRD|European (?:Investment Bank|Bank for Reconstruction))\b/i,
    'financial',
  ],
]

/** Things that arm: "50 combat vehicles", "Archer artillery systems", "rounds", "IRIS-T". */
export const ARMS =
  /\b(?:weapons?|arms|missiles?|drones?|UAVs?|shells|rounds|ammunition|munitions?|artillery|howitzers?|mortars?|guns?|rifles?|tanks?|armou?red|combat|fighting|military|air[- ]defen[cs]e|anti-(?:tank|aircraft|armou?r|drone)|launchers?|rockets?|radars?|interceptors?|jets|aircraft|helicopters?|F-16s?|Patriots?|IRIS-T|NASAMS|HIMARS|Leopards?|Archer|Javelins?|Stingers?|grenades|mines|demining|boats|robot system|Bushmasters?|personnel carriers|APCs?|body armou?r|helmets)\b/i
/** Things that keep people alive and warm: power kit, shelter, food, medicine. */
export const RELIEF =
  /\b(?:(?:auto)?transformers?|generators?|boilers?|heaters?|heating|power (?:units|banks|equipment)|gas turbines|turbines|solar panels|substation equipment|electrical equipment|shelters?|tents|blankets|sleeping[- ]bags|food(?:stuffs)?|water|hygiene|medicines?|medical|first[- ]aid|ambulances|fire (?:engines|trucks)|fire department vehicles|school buses|buses)\b/i

/** What a loan or budget money is, told of the sum given rather than of what it may buy. */
const LOAN = /\b(?:loans?|credit line|budget support|macro-financial|grant agreement)\b/i

/**
 * A record's category: by what is given when its items are all arms or all relief ("ten
 * boilers were handed over" amid words of war is relief); a loan or budget support with no
 * things named is money, whatever it may later buy; otherwise by the strongest words told.
 */
export const categoryOf = (words: string, claims: readonly AidClaim[]): Aid['category'] => {
  const items = claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : []))
  if (items.length > 0) {
    const arms = items.filter((n) => ARMS.test(n)).length
    const relief = items.filter((n) => RELIEF.test(n) && !ARMS.test(n)).length
    if (arms === 0 && relief > 0) return 'humanitarian'
    if (relief === 0 && arms > 0) return 'military'
  } else if (LOAN.test(words)) return 'financial'
  return CATEGORY.find(([re]) => re.test(words))?.[1] ?? 'military'
}
