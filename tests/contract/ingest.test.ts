import { type ClientOptions, createClient } from '@sitrep/client'
import {
  type FactView,
  type IngestRequest,
  Measure,
  Stats,
  type StoredRecord,
} from '@sitrep/domain'
import {
  istanbulTalksArticle,
  istanbulTalksArticleText,
  secondOutletReport,
} from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { nodePostgres, nodeSqlite, type Target, workerdD1 } from './targets.ts'

const BASE = 'http://sitrep.test'
const SEED_ATTACK = 'attack-ru-drones-ukraine-2025-07-21'

const postgresUrl = inject('postgresUrl')
const targets: [string, () => Promise<Target>][] = [
  ['Node + SQLite', nodeSqlite],
  ...(postgresUrl
    ? [['Node + PostgreSQL', () => nodePostgres(postgresUrl)] as [string, () => Promise<Target>]]
    : []),
  ['workerd + D1', workerdD1],
]

const seedAgain: IngestRequest = {
  text: istanbulTalksArticleText,
  publishedAt: '2025-07-21',
  source: { title: 'Fresh Ukraine-Russia talks in Istanbul on Wednesday, says Zelensky' },
}

const secondOutlet: IngestRequest = {
  text: secondOutletReport,
  publishedAt: '2025-07-21',
  source: {
    title: 'Russian drones and missiles hit Kyiv, killing one',
    outletName: 'A wire service',
    url: 'https://wire.example/world/kyiv-drones-2025-07-21?utm_source=rss',
  },
}

/**
 * Ingest as an editor's desk uses it, on every deployment: an article sitrep holds changes
 * nothing when published again, and another outlet's report of the same night adds its evidence
 * to the record sitrep holds, disputing only what the two reports disagree on.
 */
describe.each(targets)('ingest on %s', (_name, start) => {
  let target: Target
  let editor: ClientOptions
  const reader = () =>
    createClient({
      baseUrl: BASE,
      fetch: async (input, init) => target.fetch(new Request(input, init)),
    })
  const stats = async () =>
    Stats.parse(await (await target.fetch(new Request(`${BASE}/v1/stats`))).json())
  const allRecords = async (): Promise<StoredRecord[]> => {
    const all: StoredRecord[] = []
    let cursor: string | undefined
    do {
      const page = await reader().records.list({ limit: 100, ...(cursor ? { cursor } : {}) })
      all.push(...page.items)
      cursor = page.nextCursor
    } while (cursor)
    return all
  }
  /** Every record's evidence, as the pages list it: record id, version and claim ids. */
  const evidenceLists = async () =>
    (await allRecords())
      .map((s) => `${s.record.id}@${s.meta.version}: ${s.record.claims.map((c) => c.id).join(',')}`)
      .sort()
  const disputes = async (): Promise<FactView[]> => (await reader().disputes({ limit: 100 })).items

  beforeAll(async () => {
    target = await start()
    editor = {
      baseUrl: BASE,
      apiKey: target.keys.editor,
      fetch: async (input, init) => target.fetch(new Request(input, init)),
    }
  })
  afterAll(() => target?.close())

  it('finds the seed article held, and publishing it again changes no count, dispute or evidence', async () => {
    const [statsBefore, disputesBefore, evidenceBefore] = [
      await stats(),
      await disputes(),
      await evidenceLists(),
    ]
    const proposal = await createClient(editor).ingest.propose(seedAgain)
    expect(proposal.held).toMatchObject({ sourceId: istanbulTalksArticle.id, by: 'text' })
    expect(proposal.defaults.every((d) => d.action === 'merge')).toBe(true)

    const published = await createClient(editor).ingest.publish({ ...seedAgain, decisions: [] })
    expect(published.created).toEqual([])
    expect(await stats()).toEqual(statsBefore)
    expect(await disputes()).toEqual(disputesBefore)
    expect(await evidenceLists()).toEqual(evidenceBefore)
  })

  it('merges a second outlet’s report of the seed night by default; only Kyiv’s injured is disputed, 7 vs 8', async () => {
    const proposal = await createClient(editor).ingest.propose(secondOutlet)
    expect(proposal.held).toBeUndefined()
    const attack = proposal.drafts.find((d) => d.record.kind === 'attack')
    expect(proposal.defaults.find((d) => d.draftId === attack?.record.id)).toEqual({
      draftId: attack?.record.id,
      action: 'merge',
      recordId: SEED_ATTACK,
    })

    const published = await createClient(editor).ingest.publish({ ...secondOutlet, decisions: [] })
    expect(published.merged.map((s) => s.record.id)).toContain(SEED_ATTACK)
    expect(published.created.filter((s) => s.record.kind === 'attack')).toEqual([])
    const onThatNight = (await disputes()).filter((d) => d.recordId === SEED_ATTACK)
    expect(onThatNight.map((d) => [d.fact, d.key])).toEqual([['injured', 'ua-kyiv|*']])
    const values = onThatNight[0]?.positions.map((p) => Measure.parse(p.value))
    expect(values?.map((m) => (m.qualifier === 'range' ? m.min : m.value)).sort()).toEqual([7, 8])
  })

  it('knows an actor added through ingest when the next article names him, and never writes drafts a client sends', async () => {
    const first: IngestRequest = {
      text: 'At least two people were killed in a Russian drone attack on Chernihiv overnight into Tuesday, regional governor Ivan Petrenko said.',
      publishedAt: '2025-08-05',
      source: { title: 'Chernihiv strike' },
    }
    const proposal = await createClient(editor).ingest.propose(first)
    const petrenko = proposal.drafts
      .flatMap((d) => d.newNames)
      .find((n) => n.name === 'Ivan Petrenko')
    expect(petrenko?.type).toBe('actor')
    // A client that sends drafts back instead of decisions is refused, and nothing is written.
    const forged = await target.fetch(
      new Request(`${BASE}/v1/ingest/publish`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${target.keys.editor}`,
        },
        body: JSON.stringify({ ...first, decisions: [], drafts: proposal.drafts }),
      }),
    )
    expect(forged.status).toBe(400)
    expect((await reader().records.list({ from: '2025-08-04', to: '2025-08-05' })).items).toEqual(
      [],
    )

    const published = await createClient(editor).ingest.publish({
      ...first,
      decisions: [],
      names: [{ proposedId: petrenko?.proposedId ?? '', action: 'add', kind: 'person' }],
    })
    expect(published.actors?.map((a) => a.name)).toEqual(['Ivan Petrenko'])
    const next = await createClient(editor).ingest.propose({
      text: 'Regional governor Ivan Petrenko said on Wednesday that Russian drones had struck an energy facility in Chernihiv overnight.',
      publishedAt: '2025-08-06',
      source: { title: 'Chernihiv power' },
    })
    expect(next.drafts.flatMap((d) => d.newNames).map((n) => n.name)).not.toContain('Ivan Petrenko')
    const speaker = next.drafts.find((d) => d.record.kind === 'statement')?.record
    expect(speaker?.kind === 'statement' && speaker.speaker).toEqual({
      type: 'actor',
      actorId: petrenko?.proposedId,
    })
  })
})
