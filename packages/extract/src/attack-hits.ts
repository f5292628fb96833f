/**
 * Counts of weapons that reached their targets: "two missiles hit the station", "14 hits were
 * recorded", "of them, five struck". A hit is neither how many were launched nor how many were
 * downed, so these wordings must never fall through to the launch or downing readers.
 */
import { fastBounds } from './fast-bounds.ts'

/** "two missiles hit …", "12 drones had struck …", "three reached their targets": after the weapon. */
export const HIT_COUNT = /^\s*(?:(?:had|have|has|also)\s+)?(?:struck|hit|reached|slammed into)\b/i

/** "14 hits were recorded", "three direct hits on the plant": the count of hits as a noun. */
export const HITS_NOUN =
  /^\s+(?:(?:direct|confirmed|recorded)\s+)?hits\b|^\s+(?:direct\s+)?hit\s+(?:was|on)\b/i

/**
 * "Of the 40 missiles, 12 hit their targets", "… 30 were shot down and five struck": a bare
 * share of the weapons just counted, told by its verb.
 */
export const BARE_HIT =
  /^\s+(?:of (?:them|these|those|which),?\s+)?(?:(?:had|have|has|also|reportedly)\s+)?(?:hit|struck|reached|slammed into)\b/i

/**
 * "Hits by 9 missiles and 63 drones were recorded at 20 locations": the weapons counted after
 * "hits by/of", the list going on after "and" or a comma. The places are a count of neither.
 */
export const HITS_BY_BEFORE =
  /\bhits?\s+(?:by|of|from)\s+(?:[^.;]{0,60}?(?:,|\band)\s+)?(?:(?:at least|more than|over|about|some|up to)\s+)?$/i

/** "Fourteen missiles and eight drones hit their targets": the first of two counts that hit. */
export const AND_THEN_HIT =
  /^\s*(?:,\s*|\s+and\s+)(?:[\p{L}\d,-]+\s+){1,3}?(?:drones?|UAVs?|missiles?|rockets?)\s+(?:(?:had|have|also)\s+)?(?:hit|struck|reached)\b/iu

/** A sentence that tells of a strike by its hits alone: "Hits by 11 drones were recorded". */
export const HITS_TOLD = fastBounds(
  /\bhits?\s+(?:by|of|from)\s+(?:[\p{L}\d,-]+\s+){1,3}?(?:missiles?|drones?|UAVs?|rockets?)\b/iu,
)
