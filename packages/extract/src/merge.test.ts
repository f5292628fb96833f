import { istanbulTalksArticleText, seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { matchDrafts, matchRecord } from './merge.ts'
import { DEFAULT_MERGE_THRESHOLD } from './merge-threshold.ts'

const options = { publishedAt: '2025-07-21', source: { id: 'src-istanbul-talks-2025-07-21' } }
const drafts = extract(istanbulTalksArticleText, options)
const best = (suggestions: ReturnType<typeof matchDrafts>, draftId: string) =>
  suggestions.find((s) => s.draftId === draftId)

describe('matchDrafts', () => {
  it('matches every draft of the seed article to a record already in the seed dataset', () => {
    const suggestions = matchDrafts(drafts, seedDataset.records)
    for (const d of drafts) expect(best(suggestions, d.record.id), d.record.id).toBeDefined()
    const talk = drafts.find((d) => d.record.kind === 'talk' && d.record.round === 3)
    const attack = drafts.find(
      (d) => d.record.kind === 'attack' && d.record.attackerId === 'ukraine',
    )
    expect(best(suggestions, talk?.record.id ?? '')).toMatchObject({
      recordId: 'talk-istanbul-2025-07',
      reasons: expect.arrayContaining(['same venue (tr-istanbul)', 'round 3 in both']),
    })
    expect(best(suggestions, attack?.record.id ?? '')?.recordId).toBe(
      'attack-ua-drones-russia-2025-07-21',
    )
  })

  it('matches the second ingest of an article draft for draft, so nothing is duplicated', () => {
    const again = extract(istanbulTalksArticleText, options)
    const suggestions = matchDrafts(
      again,
      drafts.map((d) => d.record),
    )
    for (const d of again) expect(best(suggestions, d.record.id)?.recordId).toBe(d.record.id)
  })

  it('does not match a strike on another night, place and side', () => {
    const [odesa] = extract(
      'Russian missiles hit Odesa on Sunday, killing three people, regional governor Oleh Kiper said.',
      {
        publishedAt: '2025-08-04',
        source: { id: 'src-odesa' },
      },
    )
    expect(odesa && matchDrafts([odesa], seedDataset.records)).toEqual([])
  })

  it('never matches records of different kinds', () => {
    const [talk] = seedDataset.records.filter((r) => r.kind === 'talk')
    const [attack] = seedDataset.records.filter((r) => r.kind === 'attack')
    expect(talk && attack && matchRecord(talk, attack)).toBeUndefined()
  })
})

const seedNight = seedDataset.records.find((r) => r.id === 'attack-ru-drones-ukraine-2025-07-21')
const attackDraft = (text: string, publishedAt: string) =>
  extract(text, { publishedAt, source: { id: 'src-other-outlet' } }).find(
    (d) => d.record.kind === 'attack',
  )?.record

/** Written for these tests from the public record of the night, in another outlet's words. */
const OTHER_OUTLET =
  "Russia fired 426 drones and 24 missiles at Ukraine overnight, the Ukrainian air force said on Monday. One person died and seven were wounded in Kyiv, according to the capital's military administration, and strikes also hit Ivano-Frankivsk in the west and Kharkiv in the north-east."

describe('matchRecord on the seed night (issue 14: a second outlet made a duplicate)', () => {
  const cases: { name: string; text: string; publishedAt: string; merges: boolean }[] = [
    {
      name: "another outlet's report of the night",
      text: OTHER_OUTLET,
      publishedAt: '2025-07-21',
      merges: true,
    },
    {
      name: 'the next night in Kyiv',
      text: 'Russia attacked Kyiv with 42 drones overnight into Tuesday, the city administration said; two people were injured.',
      publishedAt: '2025-07-22',
      merges: false,
    },
    {
      name: 'the same night a year earlier',
      text: 'Russia attacked Kyiv with drones overnight, the city administration said on Sunday; one person was injured.',
      publishedAt: '2024-07-21',
      merges: false,
    },
    {
      // One overnight wave is one event whatever cities a report names (eval-match's labels).
      name: 'the same night in a city the record does not name, a place of the wave',
      text: 'A Russian drone hit a warehouse in Odesa overnight, regional governor Oleh Kiper said on Monday.',
      publishedAt: '2025-07-21',
      merges: true,
    },
    {
      name: 'shelling of a front-line town the morning the night ended',
      text: 'Russian artillery shelling killed two people in Kostiantynivka on Monday, the regional governor said.',
      publishedAt: '2025-07-21',
      merges: false,
    },
  ]
  it.each(cases)('$name: merge proposed $merges', ({ text, publishedAt, merges }) => {
    const draft = attackDraft(text, publishedAt)
    const score = draft && seedNight ? (matchRecord(draft, seedNight)?.score ?? 0) : 0
    expect(score >= DEFAULT_MERGE_THRESHOLD).toBe(merges)
  })

  it('says why in words an editor can check: same night, same city, the same counts', () => {
    const draft = attackDraft(OTHER_OUTLET, '2025-07-21')
    const held = attackDraft(
      "Ukraine's air force said Russia launched 426 drones and 24 missiles overnight; in Kyiv one person was killed and seven injured, city officials said.",
      '2025-07-21',
    )
    const match = draft && held ? matchRecord(draft, held) : undefined
    expect(match?.score).toBeGreaterThanOrEqual(DEFAULT_MERGE_THRESHOLD)
    expect(match?.reasons).toEqual(
      expect.arrayContaining([
        'same night (2025-07-20 to 2025-07-21)',
        expect.stringContaining('Kyiv'),
        '426 drones in both',
      ]),
    )
  })
})

describe('matchRecord on the seed’s July round of Istanbul talks', () => {
  const july = seedDataset.records.find((r) => r.id === 'talk-istanbul-2025-07')
  const talkDraft = (text: string, publishedAt: string) =>
    extract(text, { publishedAt, source: { id: 'src-other-outlet' } }).find(
      (d) => d.record.kind === 'talk',
    )?.record
  const cases: { name: string; text: string; publishedAt: string; merges: boolean }[] = [
    {
      name: 'a report of the third round after it was held',
      text: 'Russia and Ukraine held a third round of talks in Istanbul on Wednesday; the meeting at the Ciragan Palace lasted less than an hour.',
      publishedAt: '2025-07-24',
      merges: true,
    },
    {
      name: 'the second round, in June at the same venue',
      text: 'The second round of direct talks between Russia and Ukraine took place in Istanbul on June 2 and lasted just over an hour.',
      publishedAt: '2025-06-03',
      merges: false,
    },
  ]
  it.each(cases)('$name: merge proposed $merges', ({ text, publishedAt, merges }) => {
    const draft = talkDraft(text, publishedAt)
    const score = draft && july ? (matchRecord(draft, july)?.score ?? 0) : 0
    expect(score >= DEFAULT_MERGE_THRESHOLD).toBe(merges)
  })
})

describe('matchDrafts with the article’s publication day', () => {
  const text =
    'Russia fired 426 drones and 24 missiles at Ukraine, the Ukrainian air force said. Seven people were wounded in Kyiv.'
  const drafts = extract(text, { publishedAt: '2025-07-21', source: { id: 'src-undated' } })
  const night = seedNight ? [seedNight] : []
  it('places a draft the article leaves undated by the day it appeared, and says so', () => {
    const [best] = matchDrafts(drafts, night, { publishedAt: '2025-07-21' })
    expect(best?.reasons).toContain(
      'published on 2025-07-21, within a day of 2025-07-20 to 2025-07-21',
    )
  })
  it('gives nothing for the day when the caller does not pass it', () => {
    const reasons = matchDrafts(drafts, night, { minScore: 0 }).flatMap((m) => m.reasons)
    expect(reasons.some((r) => r.startsWith('published on'))).toBe(false)
  })
})

describe('matchRecord: statements', () => {
  const said = (text: string) =>
    extract(`"${text}," Rustem Umerov said.`, options).find((d) => d.record.kind === 'statement')
      ?.record
  it('a figure both translations keep counts beside words that already agree', () => {
    const a = said('We agreed on an exchange of 1,200 prisoners and will continue our work')
    const b = said('We agreed to exchange 1200 prisoners and we will continue working')
    const m = a && b ? matchRecord(a, b) : undefined
    expect(m?.reasons).toContain('the same figures (1200)')
  })
  it('a shared figure alone does not make two statements one', () => {
    const a = said('We handed over 1,200 bodies')
    const b = said('Russia must release 1,200 civilians it holds')
    const m = a && b ? matchRecord(a, b) : undefined
    expect(m?.reasons ?? []).not.toContain('the same figures (1200)')
  })
})
