import type { RecordKind, SitrepRecord } from '@sitrep/domain'
import { extract } from '../src/extract.ts'
import { aidReports } from './aid-reports.ts'
import { airForceNights } from './air-force.ts'
import { attackReports } from './attack-reports.ts'
import { cirHardNegatives } from './cir.ts'
import { eighteenthBatch } from './eighteenth-batch.ts'
import { eighthBatch } from './eighth-batch.ts'
import { eleventhBatch } from './eleventh-batch.ts'
import { fifteenthBatch } from './fifteenth-batch.ts'
import { fifthBatch } from './fifth-batch.ts'
import { fourteenthBatch } from './fourteenth-batch.ts'
import { fourthBatch } from './fourth-batch.ts'
import { heldOut } from './held-out.ts'
import { heldOutNights } from './held-out-nights.ts'
import { ninthBatch } from './ninth-batch.ts'
import { secondBatch } from './second-batch.ts'
import { seventeenthBatch } from './seventeenth-batch.ts'
import { seventhBatch } from './seventh-batch.ts'
import { sixteenthBatch } from './sixteenth-batch.ts'
import { sixthBatch } from './sixth-batch.ts'
import { statementReports } from './statement-reports.ts'
import { talkReports } from './talk-reports.ts'
import { tenthBatch } from './tenth-batch.ts'
import { thirdBatch } from './third-batch.ts'
import { thirteenthBatch } from './thirteenth-batch.ts'
import { twelfthBatch } from './twelfth-batch.ts'
import type { Report, Split } from './types.ts'

export const reports: readonly Report[] = [
  ...attackReports,
  ...talkReports,
  ...aidReports,
  ...statementReports,
  ...secondBatch,
  ...thirdBatch,
  ...fourthBatch,
  ...fifthBatch,
  ...sixthBatch,
  ...seventhBatch,
  ...eighthBatch,
  ...ninthBatch,
  ...tenthBatch,
  ...eleventhBatch,
  ...twelfthBatch,
  ...thirteenthBatch,
  ...fourteenthBatch,
  ...fifteenthBatch,
  ...sixteenthBatch,
  ...seventeenthBatch,
  ...eighteenthBatch,
  ...heldOut,
  ...heldOutNights,
]

/**
 * Dev and test never share an outlet: a report added to dev from an outlet of the held-out half
 * would let tuning see how that outlet writes. Names only the outlets found in both.
 */
const sharedOutlets = (all: readonly Report[]) => {
  const halves = (split: Split) =>
    new Set(all.filter((r) => r.split === split).map((r) => r.outlet))
  const test = halves('test')
  return [...halves('dev')].filter((o) => test.has(o))
}
const shared = sharedOutlets(reports)
if (shared.length > 0) throw new Error(`outlets in both halves: ${shared.join(', ')}`)

/** A draft from one text against a record sitrep holds, with the label read from the texts. */
export interface Pair {
  readonly id: string
  /** Two reports, a report and the Air Force's night, or two CIR incidents. */
  readonly origin: 'reports' | 'air-force' | 'cir'
  readonly kind: RecordKind
  readonly split: Split
  readonly same: boolean
  /** Every draft the first text yields: a suggestion from any of them is a merge proposed. */
  readonly drafts: readonly SitrepRecord[]
  /** The records the second text became, or the Air Force's night. */
  readonly held: readonly SitrepRecord[]
}

/** The drafts a report yields of its kind (and, for statements, by its speaker). */
export const draftsOf = (r: Report): SitrepRecord[] =>
  extract(r.text, { publishedAt: r.publishedAt, source: { id: `src-${r.id}` } })
    .map((d) => d.record)
    .filter((d) => d.kind === r.kind)
    .filter(
      (d) =>
        r.speakerId === undefined ||
        (d.kind === 'statement' && d.speaker.type === 'actor' && d.speaker.actorId === r.speakerId),
    )

/** Every two reports of one kind in one half: the later one's record is the one held. */
const reportPairs = (drafts: Map<string, SitrepRecord[]>): Pair[] =>
  reports.flatMap((a, i) =>
    reports.slice(i + 1).flatMap((b) =>
      a.kind === b.kind && a.split === b.split
        ? [
            {
              id: `${a.id} ~ ${b.id}`,
              origin: 'reports' as const,
              kind: a.kind,
              split: a.split,
              same: a.event === b.event,
              drafts: drafts.get(a.id) ?? [],
              held: drafts.get(b.id) ?? [],
            },
          ]
        : [],
    ),
  )

const shiftDay = (day: string, by: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10)

/**
 * Each attack report against the Air Force's nights around its publication (the candidates the
 * store would return for its dates): the night it reports is the same event, the nights before
 * and after — whose windows share a calendar day with it — are not.
 */
const airForcePairs = (
  drafts: Map<string, SitrepRecord[]>,
  nights: Map<string, SitrepRecord>,
): Pair[] =>
  reports
    .filter((r) => r.kind === 'attack')
    .flatMap((r) =>
      [-2, -1, 0, 1].flatMap((by) => {
        const night = shiftDay(r.publishedAt, by)
        const held = nights.get(night)
        return held
          ? [
              {
                id: `${r.id} ~ air-force ${night}`,
                origin: 'air-force' as const,
                kind: 'attack' as const,
                split: r.split,
                same: r.event === `attack:${night}:wave`,
                drafts: drafts.get(r.id) ?? [],
                held: [held],
              },
            ]
          : []
      }),
    )

/** Incidents of the CIR dataset against the same city's next day and another city's same day. */
const cirPairs = (): Pair[] =>
  cirHardNegatives().map((p) => ({
    id: p.id,
    origin: 'cir',
    kind: 'attack',
    split: p.split,
    same: false,
    drafts: [p.a],
    held: [p.b],
  }))

export const buildPairs = (nights: Map<string, SitrepRecord> | undefined = airForceNights()) => {
  const drafts = new Map(reports.map((r) => [r.id, draftsOf(r)]))
  return {
    drafts,
    pairs: [
      ...reportPairs(drafts),
      ...(nights ? airForcePairs(drafts, nights) : []),
      ...cirPairs(),
    ],
  }
}
