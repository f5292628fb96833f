import { computeDisputes } from '../../disputes.ts'
import type { SitrepRecord } from '../../record.ts'
import { seedDataset } from '../../seed/index.ts'
import { type BriefInput, buildBrief } from '../build-brief.ts'

const ofKind = <K extends SitrepRecord['kind']>(kind: K) =>
  seedDataset.records.filter((r): r is Extract<SitrepRecord, { kind: K }> => r.kind === kind)

/** The seed day's brief built straight from the seed, without a store: the builder's own input. */
export const seedBriefInput = (): BriefInput => {
  const disputed = seedDataset.records.filter((r) => computeDisputes(r).length > 0)
  return {
    scope: { from: '2025-07-21', to: '2025-07-21' },
    revision: 0,
    sources: new Map(seedDataset.sources.map((s) => [s.id, s])),
    talks: ofKind('talk'),
    aid: ofKind('aid'),
    attacks: ofKind('attack'),
    statements: ofKind('statement'),
    totals: {},
    disputed,
    disputedLeftOut: { count: 0, exact: true },
  }
}

export const seedBrief = () => buildBrief(seedBriefInput())
