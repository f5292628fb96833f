import { describe, expect, it } from 'vitest'
import type { Evidence } from './evidence.ts'
import { distinctOrigins, type Origin, originKey, originOf, type SourceLookup } from './origin.ts'
import { seedDataset } from './seed/index.ts'

const ARTICLE = 'src-istanbul-talks-2025-07-21'

/** A seed claim by its evidence id: the fixtures are the seed article's own attributions. */
const seedClaim = (id: string): Evidence => {
  const claims: Evidence[] = seedDataset.records.flatMap((r): Evidence[] => r.claims)
  const found = claims.find((c) => c.id === id)
  if (!found) throw new Error(`no seed claim ${id}`)
  return found
}

/** A syndicated copy of the seed article, and an agency's own article, as the store knows them. */
const sources: SourceLookup = (id) =>
  ({
    'src-copy': { copyOf: ARTICLE },
    'src-copy-of-copy': { copyOf: 'src-copy' },
    'src-loop-a': { copyOf: 'src-loop-b' },
    'src-loop-b': { copyOf: 'src-loop-a' },
    'src-tass-wire': { outletId: 'tass' },
  })[id]

describe('originOf reads who first reported a claim from its attribution chain', () => {
  const cases: [string, Evidence, Origin][] = [
    [
      'Zelensky relaying Umerov: the one he cites',
      seedClaim('r3-date-zelensky'),
      { type: 'actor', actorId: 'umerov' },
    ],
    [
      'TASS citing an unnamed source: TASS',
      seedClaim('r3-date-tass'),
      { type: 'actor', actorId: 'tass' },
    ],
    [
      'the Kremlin speaking: the Kremlin',
      seedClaim('r3-status-kremlin'),
      { type: 'actor', actorId: 'kremlin' },
    ],
    [
      'Zelensky on X: Zelensky himself',
      seedClaim('at1-killed-ua'),
      { type: 'actor', actorId: 'zelensky' },
    ],
    [
      'unnamed "Ukrainian officials" with no outlet: the article',
      seedClaim('at1-killed-kyiv'),
      { type: 'source', sourceId: ARTICLE },
    ],
    [
      'the article’s own voice: the article',
      seedClaim('r3-status-unconfirmed'),
      { type: 'source', sourceId: ARTICLE },
    ],
    [
      'a row of the Air Force’s daily counts: the dataset',
      {
        ...seedClaim('at1-killed-ua'),
        assertedBy: { type: 'actor', actorId: 'ua-air-force' },
        attribution: 'dataset',
        sourceId: 'src-af-2025-07-21',
      },
      { type: 'dataset', datasetId: 'ua-air-force' },
    ],
    [
      'an origin set by the extractor wins over the chain',
      { ...seedClaim('at1-killed-kyiv'), origin: { type: 'outlet', name: 'Reuters' } },
      { type: 'outlet', name: 'Reuters' },
    ],
  ]
  it.each(cases)('%s', (_, evidence, origin) => {
    expect(originOf(evidence)).toEqual(origin)
  })
})

describe('originOf follows syndicated copies and outlets through the source lookup', () => {
  const own = seedClaim('r3-status-unconfirmed')
  const cases: [string, string, Origin][] = [
    ['a copy has its original’s origin', 'src-copy', { type: 'source', sourceId: ARTICLE }],
    ['a copy of a copy too', 'src-copy-of-copy', { type: 'source', sourceId: ARTICLE }],
    ['a copy loop stops where it closes', 'src-loop-a', { type: 'source', sourceId: 'src-loop-b' }],
    ['an agency’s own article is the agency', 'src-tass-wire', { type: 'actor', actorId: 'tass' }],
  ]
  it.each(cases)('%s', (_, sourceId, origin) => {
    expect(originOf({ ...own, sourceId }, sources)).toEqual(origin)
  })

  it('counts TASS’s own wire and a report citing TASS as one origin', () => {
    const wire = { ...seedClaim('r3-status-unconfirmed'), sourceId: 'src-tass-wire' }
    expect(distinctOrigins([wire, seedClaim('r3-date-tass')], sources).map(originKey)).toEqual([
      'actor:tass',
    ])
  })
})
