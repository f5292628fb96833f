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
