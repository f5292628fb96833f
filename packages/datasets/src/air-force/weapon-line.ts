import type { AttackClaim, Evidence } from '@sitrep/domain'
import { clip, isBadCount, parseCount } from '../cells.ts'
import type { WeaponRow } from './group-reports.ts'
import { andList, destroyedDetails } from './places.ts'
import { describeReference, type ResolvedWeapons } from './weapons.ts'

/**
 * The row's cells behind a claim, as the dataset wrote them (non-empty ones only): the evidence
 * reads on its own, and the full row stays one click away in the source.
 */
export const rowQuote = (row: WeaponRow, columns?: readonly string[]): string =>
  clip(
    Object.entries(row.cells)
      .filter(([k, v]) => (!columns || columns.includes(k)) && v.trim() !== '' && v.trim() !== '{}')
      .map(([k, v]) => `${k}=${v.replace(/\s+/g, ' ').trim()}`)
      .join('; '),
    5000,
  )

/** What the bare cells do not say: the reference's reading of the model, where launched from. */
const rowNote = (row: WeaponRow, resolved: ResolvedWeapons): string => {
  const c = row.cells
  const parts = [
    resolved.references.length > 0 &&
      `Reference: ${resolved.references.map((r) => `${r.model} (${describeReference(r)})`).join('; ')}`,
    resolved.unknown.length > 0 && `Not in the weapon reference: ${resolved.unknown.join(', ')}`,
    andList(c.launch_place).length > 0 && `Launched from ${andList(c.launch_place).join(', ')}`,
    c.carrier?.trim() && `Carrier: ${c.carrier.trim()}`,
    parseCount(c.is_shahed) !== undefined && `Of these, Shahed-type: ${parseCount(c.is_shahed)}`,
    parseCount(c.turbojet) !== undefined &&
      `Jet-powered: ${parseCount(c.turbojet)}, of them destroyed: ${parseCount(c.turbojet_destroyed) ?? 'not given'}`,
    destroyedDetails(c.destroyed_details).length > 0 &&
      `Destroyed by area: ${destroyedDetails(c.destroyed_details)
        .map((d) => `${d.key} ${d.count ?? 'mentioned, no number'}`)
        .join(', ')}`,
  ].filter((p): p is string => typeof p === 'string' && p !== '')
  return clip(parts.join('. ') || 'Air Force report line', 1000)
}

const COUNT_COLUMNS = [
  'model',
  'launched',
  'destroyed',
  'not_reach_goal',
  'still_attacking',
] as const

export interface LineContext {
  readonly evidence: (id: string, quote: string, note?: string) => Evidence
  readonly scope: string
  /** The name counts of this line go under: the model, made unique when a report repeats it. */
  readonly subject: string
}

/**
 * One weapon line's counts as claims: launched, destroyed (intercepted), lost to electronic
 * warfare (the Air Force's "locationally lost", counted as neutralised, so also intercepted
 * under its own subject), and still attacking when the post went up (an effect: no fact fits).
 */
export const weaponLineClaims = (
  row: WeaponRow,
  resolved: ResolvedWeapons,
  ctx: LineContext,
): { claims: AttackClaim[]; problems: string[] } => {
  const c = row.cells
  const quote = rowQuote(row, COUNT_COLUMNS)
  const note = rowNote(row, resolved)
  const base = `l${row.line}`
  const subject = ctx.subject.slice(0, 80)
  const problems = (['launched', 'destroyed', 'not_reach_goal', 'still_attacking'] as const)
    .filter((k) => isBadCount(c[k]))
    .map((k) => `${k} "${c[k]}" is not a count`)
  const claims: AttackClaim[] = []
  const launched = parseCount(c.launched)
  if (launched !== undefined)
    claims.push({
      ...ctx.evidence(`${base}-launched`, quote, note),
      fact: 'launched',
      value: {
        qualifier: 'exact',
        value: launched,
        scope: ctx.scope,
        subject,
        raw: `launched ${c.launched}`,
      },
    })
  const destroyed = parseCount(c.destroyed)
  if (destroyed !== undefined)
    claims.push({
      ...ctx.evidence(`${base}-destroyed`, quote, note),
      fact: 'intercepted',
      value: {
        qualifier: 'exact',
        value: destroyed,
        scope: ctx.scope,
        subject,
        raw: `destroyed ${c.destroyed}`,
      },
    })
  const lost = parseCount(c.not_reach_goal)
  // Its own quote: merged into an article's record, a claim of the same fact with the same
  // words from the same source is taken for one already held (mergeClaims), and the night's
  // drones lost to electronic warfare would vanish from it.
  if (lost !== undefined && lost > 0)
    claims.push({
      ...ctx.evidence(`${base}-ew`, rowQuote(row, ['model', 'not_reach_goal']), note),
      fact: 'intercepted',
      value: {
        qualifier: 'exact',
        value: lost,
        scope: ctx.scope,
        subject: `${subject.slice(0, 50)}: lost to electronic warfare`,
        raw: `not_reach_goal ${c.not_reach_goal}`,
      },
    })
  const still = parseCount(c.still_attacking)
  if (still !== undefined && still > 0)
    claims.push({
      ...ctx.evidence(`${base}-still`, quote, note),
      fact: 'effect',
      value: {
        type: 'other',
        placeIds: [],
        description: `${still} ${subject} still attacking when the report was posted`,
      },
    })
  return { claims, problems }
}
