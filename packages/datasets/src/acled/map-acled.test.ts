import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { chunksOf, readCsv } from '../csv/read-csv.ts'
import { mapAcled } from './map-acled.ts'

// Written to ACLED's documented export header; the rows retell the seed article's events.
const FIXTURE = readFileSync(
  new URL('../../test-fixtures/acled-seed-night.csv', import.meta.url),
  'utf8',
)

const mapped = async () => {
  const rows = []
  for await (const r of readCsv(chunksOf(FIXTURE))) rows.push(r)
  return mapAcled(rows)
}

describe('ACLED export rows', () => {
  it('makes attacks of strikes, a statement of an agreement, and says why the rest are not kept', async () => {
    const m = await mapped()
    expect(m.rowsRead).toBe(6)
    expect(m.records.map((r) => r.record.id)).toEqual([
      'attack-acled-ukr-sitrep-0001',
      'attack-acled-ukr-sitrep-0002',
      'attack-acled-rus-sitrep-0003',
      'statement-acled-tur-sitrep-0004',
    ])
    expect(m.skipped).toEqual([
      { line: 6, reason: 'Protests / Peaceful protest: neither an attack nor an agreement' },
    ])
    expect(m.rejected[0]?.reason).toMatch(/no attacker and target among Russia and Ukraine/)
  })

  it('reads the Kyiv strike: Russia on Ukraine, in Kyiv, one killed as ACLED counts it', async () => {
    const kyiv = (await mapped()).records[0]?.record
    expect(kyiv).toMatchObject({ kind: 'attack', attackerId: 'russia', targetId: 'ukraine' })
    expect(kyiv?.kind === 'attack' && kyiv.placeIds).toContain('ua-kyiv')
    expect(kyiv?.claims.find((c) => c.fact === 'killed')?.value).toMatchObject({
      qualifier: 'exact',
      value: 1,
    })
    expect(kyiv?.kind === 'attack' && kyiv.location).toMatchObject({ origin: 'acled' })
  })

  it('takes the target from the location when actor2 is empty, and the Ukrainian strike on Moscow as Ukraine on Russia', async () => {
    const [, frankivsk, moscow] = (await mapped()).records.map((r) => r.record)
    expect(frankivsk).toMatchObject({ attackerId: 'russia', targetId: 'ukraine' })
    expect(moscow).toMatchObject({ attackerId: 'ukraine', targetId: 'russia' })
  })
})
