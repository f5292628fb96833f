import type { Attack } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { absorb } from './absorb.ts'
import { fusionVerdict, planFusion } from './fuse.ts'
import { splitAttack } from './split.ts'

const seedAttack = (id: string): Attack => {
  const r = seedDataset.records.find((x) => x.id === id)
  if (r?.kind !== 'attack') throw new Error(`no seed attack ${id}`)
  return r
}
const droneWave = seedAttack('attack-ru-drones-ukraine-2025-07-21')
const overRussia = seedAttack('attack-ua-drones-russia-2025-07-21')

/** The Air Force's report of the same night, cut down to what fusion looks at. */
const report = (id: string, over: Partial<Attack> = {}): Attack => ({
  kind: 'attack',
  id,
  title: 'Air Force report 2025-07-20–21',
  attackerId: 'russia',
  targetId: 'ukraine',
  placeIds: ['ua-kyiv-oblast', 'ua-kharkiv-oblast', 'ua-lviv-oblast'],
  weapons: [{ type: 'drone', model: 'Shahed-136/131' }],
  claims: [
    {
      id: `${id}.date`,
      sourceId: 'src-af-test',
      quote: 'time_start=2025-07-20 21:00; time_end=2025-07-21 09:30',
      assertedBy: { type: 'actor', actorId: 'ua-air-force' },
      attribution: 'dataset',
      verification: 'unverified',
      fact: 'date',
      value: {
        resolved: true,
        start: '2025-07-20',
        end: '2025-07-21',
        precision: 'night',
        raw: '2025-07-20 21:00 – 2025-07-21 09:30',
      },
    },
    {
      id: `${id}.l675-launched`,
      sourceId: 'src-af-test',
      quote: 'model=Shahed-136/131; launched=426.0',
      assertedBy: { type: 'actor', actorId: 'ua-air-force' },
      attribution: 'dataset',
      verification: 'unverified',
      fact: 'launched',
      value: { qualifier: 'exact', value: 426, scope: 'ua', subject: 'Shahed-136/131' },
    },
  ],
  ...over,
})
const night = report('attack-af-2025-07-20-test')

describe('fusion rules', () => {
  it("fuses the Air Force's night into the article's drone wave: same sides, night, oblasts", () => {
    const v = fusionVerdict(night, droneWave)
    expect(v).toMatchObject({ fuse: true })
    expect(v.fuse && v.reasons).toEqual([
      'same attacker and target (russia on ukraine)',
      'dates overlap (2025-07-20..2025-07-21 and 2025-07-20..2025-07-21)',
      'shared areas (oblast level): ua-kyiv-oblast, ua-kharkiv-oblast',
    ])
  })

  it.each([
    ['the other side’s attack the same night', overRussia, /different sides/],
    [
      'an attack a week later',
      {
        ...droneWave,
        claims: droneWave.claims.map((c) =>
          c.fact === 'date'
            ? { ...c, value: { ...c.value, start: '2025-07-27', end: '2025-07-28' } }
            : c,
        ),
      },
      /dates do not overlap/,
    ],
    [
      'an attack on other oblasts',
      { ...droneWave, placeIds: ['ua-odesa-oblast'] },
      /no oblast in common/,
    ],
    ['another report of the same dataset', report('attack-af-2025-07-20-other'), /same dataset/],
  ])('keeps apart %s', (_, held, reason) => {
    const v = fusionVerdict(night, held)
    expect(v.fuse).toBe(false)
    expect(!v.fuse && v.reason).toMatch(reason)
  })

  it('gives the article record to the report sharing more oblasts, the other stays its own', () => {
    const regional = report('attack-af-2025-07-20-regional', {
      placeIds: ['ua-kharkiv-oblast', 'ua-sumy-oblast'],
    })
    const plan = planFusion([regional, night], [droneWave])
    expect([...plan.into.keys()]).toEqual([night.id])
  })
})

describe('absorb and split', () => {
  const fused = absorb(droneWave, night)

  it("puts the report's evidence beside the article's and adds its oblasts and weapons", () => {
    expect(fused.claims.length).toBe(droneWave.claims.length + 2)
    expect(fused.placeIds).toContain('ua-lviv-oblast')
    expect(fused.weapons).toContainEqual({ type: 'drone', model: 'Shahed-136/131' })
  })

  it('replaces, not repeats, the report’s claims when a newer file changes them', () => {
    const newer = report(night.id)
    const launched = newer.claims[1]
    if (launched?.fact !== 'launched' || launched.value.qualifier === 'range')
      throw new Error('fixture')
    const again = absorb(fused, {
      ...newer,
      claims: [newer.claims[0], { ...launched, value: { ...launched.value, value: 427 } }].filter(
        (c) => c !== undefined,
      ),
    })
    expect(again.claims.filter((c) => c.fact === 'launched').map((c) => c.value)).toMatchObject([
      { value: 427 },
    ])
  })

  it("splits a wrong merge: the report's claims leave and become the report's own record again", () => {
    const result = splitAttack(fused, (c) => c.id.startsWith(`${night.id}.`))
    if (typeof result === 'string') throw new Error(result)
    expect(result.kept.claims).toEqual(droneWave.claims)
    expect(result.split.id).toBe(night.id)
    expect(result.split.claims.map((c) => c.id)).toEqual([
      `${night.id}.date`,
      `${night.id}.l675-launched`,
    ])
    expect(result.split.weapons).toEqual([{ type: 'drone', model: 'Shahed-136/131' }])
  })

  it('gives back the places and weapons that came in with the split claims, given the history', () => {
    const fromReport = (c: { id: string }) => c.id.startsWith(`${night.id}.`)
    expect(fused.placeIds).not.toEqual(droneWave.placeIds)
    const result = splitAttack(fused, fromReport, [droneWave, fused])
    if (typeof result === 'string') throw new Error(result)
    expect(result.kept.placeIds).toEqual(droneWave.placeIds)
    expect(result.kept.weapons).toEqual(droneWave.weapons)
    // Without the history nothing tells the article's places from the report's: all stay.
    const blind = splitAttack(fused, fromReport)
    if (typeof blind === 'string') throw new Error(blind)
    expect(blind.kept.placeIds).toEqual(fused.placeIds)
  })

  it('keeps a place that came in with the split claims when a claim that stays names it too', () => {
    const named = droneWave.claims.map((c) =>
      c.fact === 'effect' ? { ...c, value: { ...c.value, placeIds: ['ua-lviv-oblast'] } } : c,
    )
    expect(named).not.toEqual(droneWave.claims)
    const article = { ...droneWave, claims: named }
    const merged = absorb(article, night)
    const result = splitAttack(merged, (c) => c.id.startsWith(`${night.id}.`), [article, merged])
    if (typeof result === 'string') throw new Error(result)
    expect(result.kept.placeIds).toContain('ua-lviv-oblast')
    expect(result.kept.placeIds).not.toContain('ua-kharkiv-oblast')
  })

  it('refuses a split that would take every claim or none', () => {
    expect(splitAttack(fused, () => true)).toMatch(/every claim/)
    expect(splitAttack(fused, () => false)).toMatch(/no claim/)
  })
})
