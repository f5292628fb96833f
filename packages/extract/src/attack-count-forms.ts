/**
 * Wordings of launch and downing counts that the main reader in attack-facts.ts would miss,
 * each a general form of wire and ministry prose rather than one outlet's phrase.
 */

/**
 * "Thirty-six of them were targeting Kyiv", "20 of which were aimed at Odesa": a share of the
 * weapons just counted, told by where it flew, is a launch count for that place.
 */
export const AIMED_SHARE =
  /^\s+of (?:them|these|those|which),?\s+(?:were|was)\s+(?:(?:targeting|aimed at|directed at|launched at|fired at|heading (?:for|towards?)|headed (?:for|towards?)|flying (?:at|towards?))\b)/i

/** "50 drones were fired at Ukraine, with 40 shot down": the share after "with". */
export const WITH_SHARE_BEFORE = /\bwith\s+$/i
export const WITH_SHARE_AFTER =
  /^\s+(?:of them\s+)?(?:being\s+)?(?:successfully\s+)?(?:shot down|intercepted|downed|destroyed|neutrali[sz]ed)\b/i

/** "Ukraine was attacked by 80 Shahed drones": the weapons an attack was made with. */
export const ATTACKED_BY = /\b(?:attacked|targeted|struck|hit|raided)\s+by\s+$/i

/**
 * "23 people died: 22 were pulled from the rubble and one died in hospital": counts after a
 * colon that follows a toll break that toll down; they are not a second one.
 */
export const AFTER_TOLL_COLON =
  /\b(?:killed|dead|died|deaths|injured|wounded|hurt|fatalities|injuries)\b[^.;:]{0,40}:[^:]*$/i

/** "In total, 143 air attack assets were recorded": what the air force tracked was launched. */
export const RECORDED =
  /^\s*(?:were|was|had been|have been)\s+(?:recorded|detected|tracked|spotted|registered)\b/i

/** "Five civilians lost their lives": a toll of the dead. */
export const LOST_LIVES =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:have |has |had )?(lost their lives|lost his life|lost her life)\b/iu
/** "claimed the lives of 5 people", "took the lives of 35 residents". */
export const LIVES_OF = /\b(?:claimed|took|taken|claiming|taking) the (lives) of\s+$/i
/** "shelling claimed two lives": the lives counted after the number. */
export const CLAIMED_LIVES = /\b(?:claimed|took|taken|cost|claiming|taking|costing)\s+$/i
export const LIVES_AFTER = /^\s+(?:more\s+|civilian\s+)?(lives)\b/i
/** "recovered the bodies of 14 people": a toll of the dead. */
export const BODIES_OF = /\b(bodies) of\s+(?:another\s+)?$/i

/**
 * "Of them, five were hospitalised", "Among the dead are two children": a sentence that opens
 * on a toll already given breaks it down; its numbers are no toll of their own.
 */
export const SUBCOUNT_LEAD =
  /^(?:Of|Among) (?:them|these|those|the (?:dead|killed|injured|wounded|victims|casualties))\b/i
/** "Among them, the toll has risen to 12": a toll word right before the number is one. */
export const TOLL_WORD_BEFORE = /\b(?:toll|number of)\b[^.]*$/i

/** "tracked 120 drones, of which 100 were shot down": the count a share is told of is the total. */
export const SHARE_FOLLOWS =
  /^[^.;]{0,60}?,?\s*(?:of which|of them|of these)\s+\S+\s+(?:were|was|had been|have been)\s+(?:successfully\s+)?(?:shot down|intercepted|downed|destroyed|neutrali[sz]ed)\b/i

/**
 * "one of its largest attacks", "four different types of missiles": a number that counts no
 * weapons or people, only picks one out of a class or counts kinds.
 */
export const NOT_A_COUNT =
  /^\s+of\s+(?:the|its|their|his|her)\s+(?:most|\p{L}+est)\b|^\s+(?:[\p{L}-]+\s+)?(?:types?|kinds?|sorts?|varieties|models?)\s+of\b/iu

/** "the destruction of 35 Ukrainian drones": a downing told as a noun. */
export const DESTRUCTION_OF = /\b(?:the\s+)?(?:destruction|interception|downing) of\s+(?:all\s+)?$/i

/**
 * "air defences destroyed more than 140 targets": what air defence downs is airborne, so the
 * targets it destroyed are weapons, though the sentence does not say which.
 */
export const AIR_TARGETS = /^\s+(?:(?:air(?:borne)?|aerial|enemy)\s+)?targets\b/i
export const AIR_DEFENCE = /\bair[\s-]defen[cs]es?\b|\bair force\b/i

/** "A barrage of 50 missiles hit Kyiv": the weapons of a wave were launched, whatever they hit. */
export const WAVE_OF = /\b(?:barrage|wave|salvo|volley|swarm|fusillade)\s+of\s+$/i

/** "…; air defence downed 68.": a bare count right after a downing verb, ending its clause. */
export const BARE_AFTER = /^\s*(?:[.;,)]|$|\s+(?:over|above)\b)/

/**
 * "shot down", "managed to stop", "reported destroying": the verbs that make the count right
 * after them a count of weapons downed ("stopped two missiles and 60 drones").
 */
export const DOWNED_JUST_BEFORE =
  /\b(?:shot down|shooting down|intercepted|intercepting|downed|downing|destroyed|destroying|neutrali[sz]ed|neutrali[sz]ing|suppressed|jammed|took down|stopped|(?:managed|able) to (?:stop|shoot down|intercept|destroy|down))\s+(?:all\s+)?$/i

/** "shot down all 28 missiles": every one launched was downed, so 28 were launched too. */
export const ALL_BEFORE = /\ball\s+$/i

/**
 * "70 cruise missiles were launched mostly from aircraft and 51 were destroyed", "tracked 88
 * drones launched by Russia and shot down 60": the count the launch verb follows was launched.
 */
export const LAUNCHED_PASSIVE =
  /^\s*,?\s*(?:(?:were|was|had been|have been|has been)\s+(?:\p{L}+\s+)?)?(?:launched|fired|used|deployed|sent)\b/iu

/** "launched 15 attacks with Shahed drones": each attack is one weapon launched. */
export const ATTACKS_WITH =
  /^\s+(?:\p{L}+\s+)?(?:attacks|strikes)\s+(?:with|by|using)\s+(?:the\s+)?(?:[\p{L}\d/-]+\s+){0,4}?(drones|UAVs|missiles|Shaheds)\b/iu

/** "14 drones and " before a second count of weapons: one pair. */
export const PAIR_BEFORE =
  /^\s+(?:[\p{L}-]+\s+){0,3}?(?:drones|UAVs|missiles|rockets|bombs)\s+and\s+$/iu

/**
 * The words after a count's weapon up to its clause's end or the next count, if sooner; a pair
 * ("30 drones and two missiles were shot down") shares the words after its second count.
 */
export const ownRest = (
  text: string,
  countEnd: number,
  weaponLength: number,
  nextStart: number | undefined,
): string => {
  const from = countEnd + weaponLength
  const rest = text.slice(from, from + 80)
  const cut =
    nextStart !== undefined && !PAIR_BEFORE.test(text.slice(countEnd, nextStart))
      ? rest.slice(0, Math.max(0, nextStart - from))
      : rest
  return cut.split(/[,;]/)[0] ?? ''
}
