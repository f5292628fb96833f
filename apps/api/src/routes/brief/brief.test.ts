import { Brief, briefDrift, type SitrepRecord } from '@sitrep/domain'
import { julyRound } from '@sitrep/domain/seed'
import { generateRecords } from '@sitrep/store/generate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp()
})
afterAll(() => ctx.store.close())

const SEED_DAY = '/v1/brief?from=2025-07-21&to=2025-07-21'

const getBrief = async (url: string) => {
  const res = await ctx.app.request(url)
  expect(res.status).toBe(200)
  return Brief.parse(await res.json())
}

/** Every live record and source text of the store: what the truth checks hold a brief against. */
const evidence = async () => {
  const records = new Map<string, SitrepRecord>()
  for (const r of (await ctx.store.listRecords({}, { limit: 500 })).items)
    records.set(r.record.id, r.record)
  const texts = new Map(
    (await ctx.store.listSources()).flatMap((s) => (s.text ? [[s.id, s.text] as const] : [])),
  )
  return { records, texts }
}

describe('GET /v1/brief', () => {
  it('says the seed day’s third round date is disputed, Wednesday against Thursday, with both sources', async () => {
    const brief = await getBrief(SEED_DAY)
    const disputes = brief.sections.find((s) => s.id === 'disputes')
    const line = disputes?.sentences.find((s) => s.text.startsWith('Third round'))
    expect(line?.text).toBe(
      'Third round of Ukraine–Russia talks in Istanbul: the date is disputed: Volodymyr Zelensky, citing Rustem Umerov, says Wednesday 23 July 2025; TASS, citing an unnamed source, Thursday 24 July 2025.',
    )
    const cited = line?.parts.flatMap((p) => p.citations) ?? []
    expect(cited.map((c) => c.claimIds)).toEqual([['r3-date-zelensky'], ['r3-date-tass']])
    expect(cited.every((c) => c.sourceId === 'src-istanbul-talks-2025-07-21' && c.span)).toBe(true)
  })

  it('counts attacks on the day they began, and says so of one listed from the night before', async () => {
    const brief = await getBrief(SEED_DAY)
    const lines = brief.sections.find((s) => s.id === 'attacks')?.sentences.map((s) => s.text)
    expect(lines?.[0]).toMatch(/^0 attacks begun in the period/)
    expect(lines?.filter((l) => l.includes('(began 20 July 2025, before the period'))).toHaveLength(
      2,
    )
  })

  it('passes the truth checks: numbers, footnote spans and every disputed fact', async () => {
    const brief = await getBrief(SEED_DAY)
    const { records, texts } = await evidence()
    // Only the records of the period count as its disputes: the seed holds nothing else.
    expect(briefDrift({ brief, records, texts })).toEqual([])
  })

  it('gives the same brief for the same store and query', async () => {
    const a = await (await ctx.app.request(`${SEED_DAY}&kind=talk,attack`)).text()
    const b = await (await ctx.app.request(`${SEED_DAY}&kind=talk,attack`)).text()
    expect(a).toBe(b)
  })

  it('answers Markdown with numbered footnotes and HTML', async () => {
    const md = await ctx.app.request(`${SEED_DAY}&format=md`)
    expect(md.headers.get('content-type')).toContain('text/markdown')
    const text = await md.text()
    expect(text).toMatch(/^# Situation brief: 21 July 2025/)
    expect(text).toMatch(/\[\^1\]: .*21 July 2025: “/)
    const html = await ctx.app.request(`${SEED_DAY}&format=html`)
    expect(html.headers.get('content-type')).toContain('text/html')
    expect(await html.text()).toContain('<li id="fn-1">')
  })

  it('narrows by place, kind and actor', async () => {
    const brief = await getBrief(`${SEED_DAY}&placeId=kharkiv&kind=attack`)
    const attacks = brief.sections.find((s) => s.id === 'attacks')?.sentences ?? []
    expect(attacks.some((s) => s.text.startsWith('Russian drone wave'))).toBe(true)
    expect(attacks.some((s) => s.text.startsWith('Ukrainian drones over Russia'))).toBe(false)
    expect(brief.scope).toMatchObject({ placeId: 'ua-kharkiv', kind: ['attack'] })
  })

  it('refuses a brief with neither a period nor since, or a period over a quarter', async () => {
    expect((await ctx.app.request('/v1/brief')).status).toBe(400)
    expect((await ctx.app.request('/v1/brief?from=2025-01-01&to=2025-07-01')).status).toBe(400)
    expect((await ctx.app.request('/v1/brief?since=yesterday')).status).toBe(400)
    expect((await ctx.app.request('/v1/brief?since=3&placeId=ua-kyiv')).status).toBe(400)
  })
})

describe('GET /v1/brief?since', () => {
  it('tells what is new after a revision, and nothing after the latest', async () => {
    const { revision } = await getBrief(SEED_DAY)
    const quiet = await getBrief(`/v1/brief?since=${revision}`)
    expect(quiet.sections.find((s) => s.id === 'changes')?.sentences[0]?.text).toBe(
      `Since revision ${revision}: 0 records new, 0 updated, 0 deleted.`,
    )
    const [record] = (await ctx.store.listRecords({ kind: ['attack'] }, { limit: 1 })).items
    if (!record) throw new Error('no seed attack')
    await ctx.store.updateRecord(
      record.record.id,
      { ...record.record, title: `${record.record.title} (updated)` },
      record.meta.version,
      { by: 'test' },
    )
    const after = await getBrief(`/v1/brief?since=${revision}`)
    const changes = after.sections.find((s) => s.id === 'changes')?.sentences.map((s) => s.text)
    expect(changes).toEqual([
      `Since revision ${revision}: 0 records new, 1 updated, 0 deleted.`,
      `updated: ${record.record.title} (updated).`,
    ])
    expect(after.revision).toBeGreaterThan(revision)
  })

  it('takes an instant: since the first day, every seed record is new', async () => {
    const brief = await getBrief('/v1/brief?since=2000-01-01')
    expect(brief.scope.sinceRevision).toBe(0)
    expect(brief.sections.find((s) => s.id === 'changes')?.sentences[0]?.text).toMatch(
      /^Since revision 0: \d+ records new/,
    )
  })
})

describe('GET /v1/brief?since over a long feed', () => {
  it('tells the newest changes and counts the ones before them', async () => {
    const long = await seededApp()
    try {
      const generated = [...generateRecords({ records: 2100, seed: 7 })]
      await long.store.importRecords(generated, { by: 'test' })
      const latest = await long.store.latestChange()
      const res = await long.app.request('/v1/brief?since=0')
      expect(res.status).toBe(200)
      const brief = Brief.parse(await res.json())
      const head = brief.sections.find((s) => s.id === 'changes')?.sentences[0]
      const match = head?.text.match(
        /^Since revision 0: ([\d,]+) changes; the newest ([\d,]+) make .*, and the ([\d,]+) before them are not told here\.$/,
      )
      if (!match) throw new Error(`unexpected head: ${head?.text}`)
      const [total, read, earlier] = match.slice(1).map((n) => Number(n.replaceAll(',', '')))
      expect(total).toBe(latest)
      expect(read).toBe(2000)
      expect(earlier).toBe(latest - 2000)
      // The last record written is among those told: the window is the feed's end, not its start.
      const newest = generated.at(-1)
      const told = brief.sections.flatMap((s) => s.sentences.flatMap((x) => x.parts))
      expect(told.some((p) => p.citations.some((c) => c.recordId === newest?.id))).toBe(true)
    } finally {
      await long.store.close()
    }
  })

  it('looks further back for a kind the newest changes lack', async () => {
    const long = await seededApp()
    try {
      const attacks = [...generateRecords({ records: 5000, seed: 7 })].filter(
        (r) => r.kind === 'attack',
      )
      expect(attacks.length).toBeGreaterThan(2000)
      await long.store.importRecords(attacks, { by: 'test' })
      const res = await long.app.request('/v1/brief?since=0&kind=talk')
      expect(res.status).toBe(200)
      const brief = Brief.parse(await res.json())
      const talks = brief.sections.find((s) => s.id === 'talks')?.sentences ?? []
      // The seed's talks were written before every generated attack, and are still told.
      expect(talks.some((s) => s.text.startsWith(julyRound.title))).toBe(true)
    } finally {
      await long.store.close()
    }
  })

  it('refuses a date that does not exist', async () => {
    expect((await ctx.app.request('/v1/brief?since=2025-02-30')).status).toBe(400)
    expect((await ctx.app.request('/v1/brief?since=2025-13-45')).status).toBe(400)
    expect((await ctx.app.request('/v1/brief?since=2024-02-29')).status).toBe(200)
  })
})
