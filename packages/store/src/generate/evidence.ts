import type { Evidence, IsoDate, ResolvedDate } from '@sitrep/domain'
import type { Random } from './random.ts'
import type { World } from './world.ts'

const START = Date.UTC(2022, 1, 24)
const END = Date.UTC(2026, 5, 30)
const DAY = 86_400_000

/** The days generated records fall on: the benchmarks draw their date windows from it. */
export const GENERATED_DAYS = {
  first: new Date(START).toISOString().slice(0, 10),
  count: Math.floor((END - START) / DAY) + 1,
} as const

/** A day between the full-scale invasion and mid-2026. */
export const randomDay = (rng: Random): IsoDate =>
  new Date(START + rng.int(0, Math.floor((END - START) / DAY)) * DAY).toISOString().slice(0, 10)

export const shiftDay = (day: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10)

export const dayClaimValue = (day: IsoDate, raw: string): ResolvedDate => ({
  resolved: true,
  start: day,
  end: day,
  precision: 'day',
  raw,
})

/** Builds evidence items for one record: ids numbered within it, sources from a shared pool. */
export const evidenceFactory = (
  rng: Random,
  world: World,
  recordId: string,
  sourcePool: number,
) => {
  let n = 0
  return (quote: string, speakerId?: string): Evidence => {
    n += 1
    const outlet = rng.pick(world.outlets)
    const sourceId = `src-gen-${rng.int(1, sourcePool)}`
    const base = { id: `${recordId}-e${n}`, sourceId, quote, verification: 'unverified' as const }
    if (speakerId) {
      return {
        ...base,
        assertedBy: { type: 'actor', actorId: speakerId },
        reportedBy: { type: 'actor', actorId: outlet.id },
        attribution: 'named-official',
        channel: rng.pick(['remarks', 'social-media-post', 'video-message', 'press-conference']),
      }
    }
    return rng.chance(0.5)
      ? {
          ...base,
          assertedBy: { type: 'unnamed', description: 'an unnamed source' },
          reportedBy: { type: 'actor', actorId: outlet.id },
          attribution: 'unnamed-source',
          channel: 'news-agency-report',
        }
      : {
          ...base,
          assertedBy: { type: 'actor', actorId: outlet.id },
          attribution: 'media-report',
          channel: 'article',
        }
  }
}
