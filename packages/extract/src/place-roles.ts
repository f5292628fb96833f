import type { ArticleSentence } from './article.ts'
import { fastBounds } from './fast-bounds.ts'
import type { NameMention } from './names.ts'

/**
 * "the head of the Donetsk Regional Military Administration", "Kharkiv’s mayor", "Kherson RMA",
 * "Belgorod Governor Vyacheslav Gladkov".
 */
const TITLE_AFTER =
  /^(?:['’]s)?\s+(?:(?:[Rr]egional|[Oo]blast|[Cc]ity|[Dd]istrict)\s+)?(?:(?:[Mm]ilitary|[Ss]tate|[Cc]ivil[-\s]military)\s+)?[Aa]dministration\b|^\s+(?:RMA|OVA|MVA|CMA)\b|^['’]s\s+(?:mayor|governor|head|chief)\b|^\s+(?:Governor|Mayor)\s+[A-Z]|^\s+(?:[Rr]egion(?:al)?|[Oo]blast|[Cc]ity)\s+(?:governor|mayor|head|council|police|prosecutor)/
/** "the governor of the Odesa region", "mayor of Kharkiv". */
const TITLE_BEFORE = /\b(?:governor|mayor|head|chief|administration|council)\s+of\s+(?:the\s+)?$/
/**
 * "Kiev's ability to produce weapons", "one of Moscow's most advanced missiles", "Russia's
 * invasion": a government.
 */
const GOVERNMENT_AFTER =
  /^\s?['’]s\s+(?:(?:most|main|key|own|new|latest|full-scale|persistent)\s+)?(?:\p{L}+\s+)?(?:ability|abilities|military|government|regime|forces|troops|army|allies|partners|war|defen[cs]es?|arsenal|missiles?|weapons?|position|demands?|leadership|policy|plans?|capacity|capabilities|invasion|aggression|offensive)\b/u
/** "a deliberate strategy by Russia", "strikes by Ukraine": the agent, not the territory. */
const AGENT_BEFORE = /\bby\s+$/
/** "Moscow launched 100 drones", "Kyiv struck a refinery": a capital acting is its government. */
const CAPITAL_ACTING =
  /^(?:\s+(?:has|have|had|also|again|once again|then))?\s+(?:launched|fired|attacked|struck|targeted|sent|used|deployed|unleashed|carried out|claimed|said|says|denied|accused|intensified|stepped up|escalated|continued|continues|wants|refused|rejected|insisted)\b/
const CAPITALS = new Set(['Moscow', 'Kyiv', 'Kiev'])
/** "to increase pressure on Moscow", "talks with Kyiv": a capital dealt with is its government. */
const DEALT_WITH =
  /\b(?:(?:pressure|sanctions)\s+(?:on|against)|(?:talks|ties|relations|negotiations|dialogue)\s+with)\s+$/
const REGIME_AFTER = /^\s+(?:regime|government|authorities|leadership)\b/
const BOTH_CAPITALS =
  /\b(?:between\s+)?(?:Moscow\s+and\s+(?:Kyiv|Kiev)|(?:Kyiv|Kiev)\s+and\s+Moscow)\b/
/** "from the directions of Bryansk, Kursk and Millerovo": where the drones took off. */
const LAUNCHED_FROM =
  /\b(?:(?:launched|fired|took off|flew in) from\s+(?:the\s+)?(?:(?:directions?|areas?|territory) of\s+)?|from\s+(?:the\s+)?(?:directions?|areas?|airfields?) of\s+)(?:\p{Lu}[\p{L}-]+(?:\s+(?:[Rr]egion|[Oo]blast))?(?:,\s*|\s+and\s+))*$/u

/**
 * "launched 40 drones at Ukraine overnight from Kursk, Oryol and Primorsko-Akhtarsk", "fired
 * from occupied Crimea", "from the southern directions (Kursk, Cape Chauda - occupied Crimea)",
 * "fired from aircraft flying north of the Caspian Sea and the Rostov region": a launch site told
 * after the launch verb, anywhere in its clause, with the bombers or ships that fired from it.
 */
const LAUNCH_SITE =
  /\b(?:launched|launching|fired|firing|released|took off|flew in|sent)\b[^.;]{0,100}?\bfrom\s+(?:(?:[\p{L}\d-]+\s+){0,3}?(?:aircraft|bombers?|planes?|jets?|ships?|vessels?|warships?|submarines?|launchers?)\s+(?:(?:flying|located|stationed|based|operating)\s+)?(?:over|in|above|near|(?:north|south|east|west)(?:-?(?:east|west))? of)\s+)?(?:the\s+)?(?:(?:directions?|areas?|airspace|territory|airfields?) of\s+(?:the\s+)?)?(?:(?:temporarily\s+)?occupied\s+|annexed\s+)?(?:\p{Lu}[\p{L}-]+(?:\s+(?:[Rr]egion|[Oo]blast|Sea))?(?:,\s*|\s+and\s+)(?:the\s+)?)*$|\bdirections?\s*\([^)]*$/u

/**
 * "one ballistic missile from Crimea", "drones heading towards Crimea", "on their way to Kyiv":
 * where weapons came from or were bound for, not where they struck or fell.
 */
const PASSED_THROUGH = fastBounds(
  /\b(?:(?:missiles?|drones?|UAVs|rockets?|bombs?|aircraft|jets?|boats?)\s+(?:\p{L}+\s+)?from|(?:heading|headed|flying|bound)\s+(?:to|towards?|for)|on\s+(?:their|its)\s+way\s+to)\s+(?:the\s+)?(?:(?:directions?|areas?|territory|airspace) of\s+)?(?:occupied\s+|annexed\s+)?$/iu,
)
/**
 * "the Kyiv Hydroelectric Power Plant", "the Zaporizhzhia NPP": a plant named after a city or
 * region need not lie in it (Zaporizhzhia's plant is at Enerhodar, Kursk's at Kurchatov).
 */
const PLANT_AFTER =
  /^\s+(?:(?:[Nn]uclear|[Hh]ydroelectric|[Hh]ydro|[Tt]hermal)\s+[Pp]ower\s+(?:[Pp]lant|[Ss]tation)|(?:NPP|HPP|TPP|CHPP?)\b)/

/** "According to Moscow", "the Defence Ministry in Moscow": a source or its seat. */
const SOURCE_BEFORE =
  /\b[Aa]ccording to\s+$|\b(?:[Mm]inistry|[Kk]remlin|[Ee]mbassy|[Oo]ffice|[Gg]overnment)\s+in\s+$/
/** A dateline: "KYIV, Aug 14 (Reuters) –", "KYIV, March 9 (Reuters) - ", "Moscow —", "Moscow:". */
const DATELINE =
  /^(?:\([^)]{1,40}\)\s*[–—-]\s*)?\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*)?(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\)\s*)?(?:[–—]|\s-|:)\s/u

/**
 * "Kyiv, At least six people were injured …": a place opening a sentence, then a comma and a
 * capitalised word that is no name of its own, is a dateline. "Kyiv, Kharkiv and Odesa were
 * hit" and "Kharkiv, Ukraine's second city," name places after the comma.
 */
const commaDateline = (s: ArticleSentence, n: NameMention): boolean => {
  const after = /^,\s+\p{Lu}/u.exec(s.text.slice(n.end - s.start))
  if (!after) return false
  const next = n.end + after[0].length - 1
  return !s.names.some((m) => m.start === next)
}

/**
 * A place named only as a source, a ministry's seat, a government ("Kiev's ability to …") or in
 * a dateline is not where anything happened, nor does it say whose territory was struck.
 */
export const namesNoTerritory = (s: ArticleSentence, n: NameMention): boolean => {
  const at = n.start - s.start
  if (at === 0 && commaDateline(s, n)) return true
  if (SOURCE_BEFORE.test(s.text.slice(Math.max(0, at - 40), at))) return true
  if (
    CAPITALS.has(n.text) &&
    CAPITAL_ACTING.test(s.text.slice(at + n.text.length, at + n.text.length + 40))
  )
    return true
  if (GOVERNMENT_AFTER.test(s.text.slice(at + n.text.length, at + n.text.length + 60))) return true
  if (AGENT_BEFORE.test(s.text.slice(Math.max(0, at - 10), at))) return true
  if (CAPITALS.has(n.text) && DEALT_WITH.test(s.text.slice(Math.max(0, at - 40), at))) return true
  // "the Kiev regime", "the Moscow authorities": a capital naming its government
  if (CAPITALS.has(n.text) && REGIME_AFTER.test(s.text.slice(at + n.text.length))) return true
  // "the crisis between Moscow and Kyiv", "talks between Kyiv and Moscow": the two governments
  if (CAPITALS.has(n.text) && BOTH_CAPITALS.test(s.text.slice(Math.max(0, at - 40), at + 40)))
    return true
  const dateline = at < 60 ? DATELINE.exec(s.text) : null
  return dateline !== null && at < dateline[0].length
}

/**
 * Nor is a place named in an official's title ("Kharkiv’s mayor", "the governor of the Odesa
 * region"), a weapon's origin or heading, or a plant's name where the attack took place; it
 * still tells whose territory is meant.
 */
export const namesNoPlace = (s: ArticleSentence, n: NameMention): boolean => {
  const at = n.start - s.start
  const after = s.text.slice(at + n.text.length, at + n.text.length + 60)
  return (
    TITLE_AFTER.test(after) ||
    LAUNCHED_FROM.test(s.text.slice(Math.max(0, at - 120), at)) ||
    LAUNCH_SITE.test(s.text.slice(Math.max(0, at - 200), at)) ||
    TITLE_BEFORE.test(s.text.slice(Math.max(0, at - 40), at)) ||
    PASSED_THROUGH.test(s.text.slice(Math.max(0, at - 60), at)) ||
    PLANT_AFTER.test(after) ||
    // "around 2 AM Moscow time": a clock, not a place
    /^\s+time\b/.test(after) ||
    namesNoTerritory(s, n)
  )
}
