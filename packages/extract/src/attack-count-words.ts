import { fastBounds } from './fast-bounds.ts'

/**
 * The words around a count that say what it counts: tolls ("12 people were injured"), shares
 * ("40 of them were shot down"), lists by place and the verbs of launching and downing; read by
 * countsIn (attack-facts.ts).
 */
export const CASUALTY =
  /^\s+(?:(?:(?:more|other|further|additional)\s+)?(?:people|persons?|civilians?|others?|children|soldiers|residents|more|men|women|boys|girls|teenagers|minors|workers|employees|passengers|pensioners|locals|villagers|firefighters|rescuers|servicemen|police officers|Ukrainians|Russians|man|woman|boy|girl|child|teenager|resident|civilian|driver|soldier)\s*)?(?:,\s*(?:including|among them|among whom) [^,]+,\s*)?(?:(?:were|was|have been|has been|had been|are|is|been|have|has|had)\s+)?(?:(?:known|reported|believed|said) to have been\s+)?(?:also\s+|reportedly\s+|reported\s+|confirmed\s+)?(?:(?:slightly|lightly|seriously|severely|critically|badly|gravely|fatally|mortally)\s+)?(killed|dead|died|deaths|injured|wounded|hurt|hospitali[sz]ed)\b/i
/** "one fatality and four injuries": the toll as nouns. */
export const CASUALTY_NOUN = /^\s+(?:\p{L}+\s+)?(fatalit(?:y|ies)|deaths?|injur(?:y|ies))\b/iu
/** "Two residents have suffered wounds": injured, in other words. */
export const SUFFERED =
  /^\s+(?:[\p{L}-]+\s+){0,8}?(?:have |has |had )?(?:suffered|sustained|received) (?:\p{L}+ )?(wounds|injuries)\b/iu
/** "one more person died": an addition to a toll the sentence already gave. */
export const MORE = /^\s+(?:more|further|additional)\b/i
export const WEAPON_NOUN =
  /^\s+(?:of (?:the|these|them|its|their)\s+)?(?:[“"]?\p{L}[\p{L}\d/-]*[”"]?\s+){0,3}?(drones?|UAVs?|unmanned aerial vehicles?|missiles?|rockets?|glide bombs?|Shaheds?|bombs?|(?:air|aerial) (?:attack )?(?:assets|weapons|means|targets)|targets(?=:)|means of (?:enemy )?(?:air|aerial) attack)\b/iu
const DOWNED_VERB =
  '(?:shot down|intercepted|downed|destroyed|neutrali[sz]ed|suppressed|jammed|took down|taken down|brought down)'
export const SHARE_DOWNED = new RegExp(
  `^\\s+of (?:which|them|these)\\s+(?:(?:were|was|had been|have been|has been)\\s+)?(?:successfully\\s+)?${DOWNED_VERB}\\b`,
  'i',
)
/** "…, of which 52 were shot down": the share told after "of which". */
export const OF_WHICH_BEFORE = /\bof (?:which|them|these),?\s+$/i
export const PASSIVE_DOWNED = new RegExp(
  `^\\s+(?:(?:were|was|had been|have been|has been)\\s+)(?:successfully\\s+)?${DOWNED_VERB}\\b`,
  'i',
)
/** "40 of 46 drones", "60 out of 93 drones": a share of a total, both counted. */
export const OF_TOTAL = /^\s+(?:out\s+)?of\s+(?:the\s+)?$/i
export const BREAKDOWN =
  /^\s+(?:[\p{L}-]+\s+){0,4}?(?:drones?|UAVs?|vehicles|missiles?)\b[^.;]{0,60}?,\s*(?:including\s+\S+|\S+\s+of (?:them|which))\s+(?:[\p{L}-]+\s+)?(?:over|above|in|near)\b/iu
/** "Air defence destroyed 40 of them": a share of the weapons just counted, verb first. */
export const DOWNED_BEFORE =
  /\b(?:shot down|intercepted|downed|destroyed|neutrali[sz]ed|suppressed|jammed|took down)\s+$/i
export const OF_THEM = /^\s+of (?:them|these|those)\b/i
export const UNSPECIFIED_SHARE =
  /\b(?:most|many|some|all|all but|half|the bulk) of (?:the |its |their )?$/i
/**
 * "four over the Voronezh Region" after "28 drones were shot down over …", "60 drones, 25 of
 * them over the Belgorod region": the list goes on, or breaks the count down by place.
 */
export const LIST_GOES_ON =
  /^\s+(?:of (?:them|which|these)\s+(?:were\s+)?)?(?:more\s+|others?\s+)?(?:each\s+)?(?:over|above|in|near)\s+(?:the\s+)?(?:annexed\s+|(?:temporarily\s+)?occupied\s+)?\p{Lu}/u
/** "five each in the Rostov region and annexed Crimea": the same count for a second place. */
export const EACH_AND = /^\s+each\s+(?:over|above|in|near)\s+[^,;.]{2,60}?\s+and\s+/
export const TOLL_PAIR =
  /^\s+(?:people|persons?|civilians?|residents)?\s*and\s+(?:injured|wounded|injuring|wounding|killed|killing)\s+$/i
/** "The death toll … has risen to seven", "the toll stands at 12". */
export const TOLL = fastBounds(
  /\b(?:(?:death )?toll|number of (?:the )?(?:(?:people|persons|civilians|those)\s+)?(?:dead|deaths|killed|fatalities|injured|wounded|injuries))\b(?:[^.]|\b\p{Lu}\p{Ll}{2}\.){0,160}?\b(?:(?:has |had )?(?:risen|rose|climbed|increased|jumped) to|stands at|reached)\s+$/iu,
)
export const DOWNED =
  /\b(?:shot down|intercepted|downed|destroyed|neutrali[sz]ed|repelled|suppressed|jammed|took down|taken down|brought down)\b/i
/**
 * The verb that governs a count is the nearest one before it in the sentence: in "127 missiles
 * were launched, with air defence downing 102 missiles and 99 drones" the 102 and 99 were downed.
 */
const VERB_BEFORE =
  /\b(?:(shot down|shoot down|shooting down|intercept(?:ed|ing)?|down(?:ed|ing)|destroy(?:ed|ing)?|neutrali[sz](?:e|ed|ing)|took down|taking down)|(launch(?:ed|ing)|fir(?:ed|ing)|attacked with|us(?:ed|ing)|deploy(?:ed|ing)|employ(?:ed|ing)|sen(?:t|ding)))\b(?!.*\b(?:shot down|shoot down|shooting down|intercept(?:ed|ing)?|down(?:ed|ing)|destroy(?:ed|ing)?|neutrali[sz](?:e|ed|ing)|took down|taking down|launch(?:ed|ing)|fir(?:ed|ing)|attacked with|us(?:ed|ing)|deploy(?:ed|ing)|employ(?:ed|ing)|sen(?:t|ding))\b)/is
export const downedNearest = (before: string): boolean => !!VERB_BEFORE.exec(before)?.[1]
/** "Of the 55 drones, 30 were shot down": the total leads the sentence. */
export const OUT_OF_LEAD = /^(?:Of|Out of) (?:the |all )?(?:the )?$/i
/** "intercepted 266 drones out of 298": the total after the share. */
export const OUT_OF_AFTER = /^\s+(?:out\s+)?of\s+$/i
/** "out of 147, the air force shot down 83 drones": the total, told before its share. */
export const OUT_OF_TOTAL = /\bout of\s+$/i
export const LAUNCHED = fastBounds(
  /\b(?:(?:attacks?|strikes?|assault|barrage|onslaught|raid|wave)\s+(?:also\s+)?(?:included|comprised)|launch(?:ed|ing)|fir(?:ed|ing)|attacked (?:[\p{L}'’-]+ ){0,3}?with|unleash(?:ed|ing)|us(?:ed|ing)|involv(?:ed|ing)|deploy(?:ed|ing)|employ(?:ed|ing)|sent)\b/iu,
)
/** "… pounded targets across Russia with at least 25 drones": the weapons of the attack. */
export const WITH_WEAPONS = fastBounds(
  /\bwith\s+(?:a (?:record|total of|further)\s+|an estimated\s+|an? (?:\p{L}+\s+)?(?:wave|barrage|swarm|salvo|volley) of\s+)?$/iu,
)
