import { actors, type DraftDecision, type NameDecision, places, type Source } from '@sitrep/domain'
import { istanbulTalksArticle, istanbulTalksArticleText, seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { matchDrafts } from './merge.ts'
import { DEFAULT_MERGE_THRESHOLD } from './merge-threshold.ts'
import { defaultDecisions } from './publish-defaults.ts'
import { type PublishInput, planPublish } from './publish-plan.ts'

const seedSource: Source = { ...istanbulTalksArticle, id: 'src-0123456789abcdef' }
const drafts = extract(istanbulTalksArticleText, { publishedAt: '2025-07-21', source: seedSource })
const matches = matchDrafts(drafts, seedDataset.records)
const seed: PublishInput = { drafts, matches, decisions: [], source: seedSource }

const CHERNIHIV =
  'At least two people were killed in a Russian drone attack on the village of Horodnia near Chernihiv overnight into Tuesday, regional governor Ivan Petrenko said.'
const chernihivSource: Source = {
  id: 'src-chernihiv000000',
  kind: 'article',
  title: 'Chernihiv strike',
  language: 'en',
  text: CHERNIHIV,
}
const chernihiv = extract(CHERNIHIV, { publishedAt: '2025-08-05', source: chernihivSource })
const withNames = (names: NameDecision[], decisions: DraftDecision[] = []): PublishInput => ({
  drafts: chernihiv,
  matches: [],
  decisions,
  names,
  dictionaries: { actors, places },
  source: chernihivSource,
})

const rejectAll = drafts.map((d): DraftDecision => ({ draftId: d.record.id, action: 'reject' }))

describe('defaultDecisions', () => {
  it('merges the seed’s July round into the record it matches and publishes the rest as new', () => {
    const defaults = defaultDecisions(drafts, matches)
    expect(defaults).toHaveLength(drafts.length)
    const round3 = drafts.find((d) => d.record.kind === 'talk' && d.record.round === 3)
    expect(defaults.find((d) => d.draftId === round3?.record.id)).toEqual({
      draftId: round3?.record.id,
      action: 'merge',
      recordId: 'talk-istanbul-2025-07',
    })
    for (const d of defaults.filter((x) => x.action === 'merge'))
      expect(
        Math.max(...matches.filter((m) => m.draftId === d.draftId).map((m) => m.score)),
      ).toBeGreaterThanOrEqual(DEFAULT_MERGE_THRESHOLD)
  })

  it('publishes everything as new when nothing matches', () => {
    expect(defaultDecisions(drafts, []).every((d) => d.action === 'new')).toBe(true)
  })
})

describe('planPublish refuses what the article does not support', () => {
  const cases: { name: string; input: PublishInput; problem: RegExp }[] = [
    {
      name: 'a decision for a draft id this reading does not have',
      input: { ...seed, decisions: [{ draftId: 'draft-talk-99', action: 'new' }] },
      problem: /draft-talk-99: no draft of this article/,
    },
    {
      name: 'two decisions for one draft',
      input: {
        ...seed,
        decisions: [
          { draftId: 'draft-talk-1', action: 'new' },
          { draftId: 'draft-talk-1', action: 'reject' },
        ],
      },
      problem: /draft-talk-1 has more than one decision/,
    },
    {
      name: 'every draft rejected',
      input: { ...seed, decisions: rejectAll },
      problem: /nothing to publish/,
    },
    {
      name: 'a name decision for a name no draft carries',
      input: { ...seed, names: [{ proposedId: 'new-someone-else', action: 'keep' }] },
      problem: /new-someone-else: no draft of this article carries/,
    },
    {
      name: 'a name mapped to an actor the dictionary does not hold',
      input: withNames([{ proposedId: 'new-ivan-petrenko', action: 'map', to: 'nobody' }]),
      problem: /mapped to nobody, which is not an actor/,
    },
    {
      name: 'an actor name mapped to a place',
      input: withNames([{ proposedId: 'new-ivan-petrenko', action: 'map', to: 'ua-kyiv' }]),
      problem: /not an actor/,
    },
    {
      name: 'a place added as an actor',
      input: withNames([{ proposedId: 'new-horodnia', action: 'add', kind: 'person' }]),
      problem: /only actor names can be added/,
    },
  ]
  it.each(cases)('$name', ({ input, problem }) => {
    const plan = planPublish(input)
    expect(plan.ok).toBe(false)
    if (!plan.ok) expect(plan.problems.join('\n')).toMatch(problem)
  })
})

describe('planPublish writes what the decisions say', () => {
  it('takes the defaults for undecided drafts: the July round merges, the rest get permanent ids', () => {
    const plan = planPublish(seed)
    if (!plan.ok) throw new Error(plan.problems.join('; '))
    const { write } = plan
    expect(write.additions.map((a) => a.recordId)).toContain('talk-istanbul-2025-07')
    expect(write.creates.length + write.additions.length).toBe(drafts.length)
    for (const r of write.creates)
      expect(r.id).toMatch(/^(talk|aid|attack|statement)-0123456789ab-/)
    // No record points at a draft: links follow a merged draft to the record it merged into.
    const links = write.creates.flatMap((r) => (r.kind === 'statement' ? r.aboutIds : []))
    expect(links.some((id) => id.startsWith('draft-'))).toBe(false)
  })

  it('points a new statement about a merged draft at the record it merged into', () => {
    const round3 = drafts.find((d) => d.record.kind === 'talk' && d.record.round === 3)
    const about = drafts.find(
      (d) => d.record.kind === 'statement' && d.record.aboutIds.includes(round3?.record.id ?? ''),
    )
    if (!round3 || !about) throw new Error('the seed lost its July round or a statement on it')
    const plan = planPublish({
      ...seed,
      decisions: [
        ...rejectAll.filter((d) => d.draftId !== round3.record.id && d.draftId !== about.record.id),
        { draftId: round3.record.id, action: 'merge', recordId: 'talk-istanbul-2025-07' },
        { draftId: about.record.id, action: 'new' },
      ],
    })
    if (!plan.ok) throw new Error(plan.problems.join('; '))
    const [statement] = plan.write.creates
    expect(statement?.kind === 'statement' && statement.aboutIds).toEqual(['talk-istanbul-2025-07'])
  })

  it('rejects, retitles and merges as told, dropping links to rejected drafts', () => {
    const plan = planPublish({
      ...seed,
      decisions: [
        ...rejectAll.filter(
          (d) => d.draftId !== 'draft-attack-1' && d.draftId !== 'draft-statement-19',
        ),
        { draftId: 'draft-attack-1', action: 'new', title: 'Drone wave on Kyiv, 20–21 July' },
        { draftId: 'draft-statement-19', action: 'new' },
      ],
    })
    if (!plan.ok) throw new Error(plan.problems.join('; '))
    const [attack, statement] = plan.write.creates
    expect(attack).toMatchObject({ kind: 'attack', title: 'Drone wave on Kyiv, 20–21 July' })
    expect(statement?.kind === 'statement' && statement.aboutIds).toEqual([attack?.id])
    expect(plan.write.additions).toEqual([])
  })

  it('a merge carries the draft’s kind and its claims, for the caller to check the target', () => {
    const plan = planPublish({
      ...seed,
      decisions: [
        ...rejectAll.filter((d) => d.draftId !== 'draft-attack-2'),
        {
          draftId: 'draft-attack-2',
          action: 'merge',
          recordId: 'attack-ukraine-drones-over-russia',
        },
      ],
    })
    if (!plan.ok) throw new Error(plan.problems.join('; '))
    expect(plan.write.additions).toMatchObject([
      { draftId: 'draft-attack-2', recordId: 'attack-ukraine-drones-over-russia', kind: 'attack' },
    ])
    expect(plan.write.creates).toEqual([])
  })

  it('maps a new name to an existing actor in every draft that reads it', () => {
    const plan = planPublish(
      withNames([{ proposedId: 'new-ivan-petrenko', action: 'map', to: 'zelensky' }]),
    )
    if (!plan.ok) throw new Error(plan.problems.join('; '))
    const asserted = plan.write.creates.flatMap((r) =>
      r.claims.map((c) => (c.assertedBy.type === 'actor' ? c.assertedBy.actorId : undefined)),
    )
    expect(asserted).toContain('zelensky')
    expect(asserted).not.toContain('new-ivan-petrenko')
    expect(plan.write.actors).toEqual([])
  })

  it('adds a new actor under its proposed id, the article’s spelling kept as an alias', () => {
    const plan = planPublish(
      withNames([
        {
          proposedId: 'new-ivan-petrenko',
          action: 'add',
          kind: 'person',
          name: 'Ivan Petrenko (governor)',
        },
        { proposedId: 'new-horodnia', action: 'keep' },
      ]),
    )
    if (!plan.ok) throw new Error(plan.problems.join('; '))
    expect(plan.write.actors).toEqual([
      {
        id: 'new-ivan-petrenko',
        kind: 'person',
        name: 'Ivan Petrenko (governor)',
        aliases: ['Ivan Petrenko'],
        roles: [],
      },
    ])
  })

  it('adds no actor that only rejected drafts read', () => {
    const rejectBoth = chernihiv.map(
      (d): DraftDecision => ({ draftId: d.record.id, action: 'reject' }),
    )
    const add: NameDecision = { proposedId: 'new-ivan-petrenko', action: 'add', kind: 'person' }
    const [attack, statement] = rejectBoth
    const onlyAttack = planPublish(withNames([add], statement ? [statement] : []))
    expect(onlyAttack.ok && onlyAttack.write.actors.map((a) => a.id)).toEqual(['new-ivan-petrenko'])
    const none = planPublish(withNames([add], rejectBoth))
    expect(none.ok).toBe(false)
    expect(attack?.draftId).toBe('draft-attack-1')
  })
})
