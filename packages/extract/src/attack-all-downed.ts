import type { AttackClaim, Measure } from '@sitrep/domain'
import { fastBounds } from './fast-bounds.ts'

const DOWNED = '(?:shot down|intercepted|downed|destroyed|neutrali[sz]ed)'
/** "them", "the drones", "Iranian-made drones": what "all" downed, with no number of its own. */
const WHAT =
  '(?:of )?(?:them|these|those|(?:the )?(?:[\\p{L}-]+ ){0,2}?(drones|UAVs|missiles|Shaheds))'

/** "All of them were shot down", "All drones were destroyed". */
const ALL_PASSIVE = new RegExp(
  `^All ${WHAT}\\s+(?:were|have been|had been)\\s+(?:successfully\\s+)?${DOWNED}\\b`,
  'iu',
)
/** "Air defences destroyed all the drones", "shot down all of them". */
const ALL_ACTIVE = fastBounds(new RegExp(`\\b${DOWNED}\\s+all ${WHAT}(?=[\\s,.;]|$)`, 'iu'))

type Launched = Extract<AttackClaim, { fact: 'launched' }>

/**
 * "Russia launched 24 drones. All of them were shot down": "all" downed is the count launched,
 * told without its number. The count is the one launched at a place the sentence names ("all
 * drones in the airspace of Kyiv"), else the last one of the same weapons.
 */
export const allDowned = (
  text: string,
  launched: readonly Launched[],
  placesNamed: readonly string[],
): Measure | undefined => {
  const m = ALL_PASSIVE.exec(text) ?? ALL_ACTIVE.exec(text)
  if (!m) return undefined
  const noun = m[1]?.toLowerCase()
  const subject = noun ? (/missile/.test(noun) ? 'missiles' : 'drones') : undefined
  const same = launched.filter((c) => !subject || c.value.subject === subject)
  const there = same.find((c) => c.value.scope && placesNamed.includes(c.value.scope))
  const count = there ?? same.at(-1)
  if (!count) return undefined
  const { subject: what, ...rest } = count.value
  return { ...rest, raw: m[0].slice(0, 200), ...(what ? { subject: what } : {}) }
}
