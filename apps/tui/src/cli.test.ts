import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { istanbulTalksArticleText } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { followUpStatement } from './testing/new-record.ts'
import { runCli } from './testing/run-cli.ts'
import { listeningApi } from './testing/seeded-api.ts'

let api: Awaited<ReturnType<typeof listeningApi>>
let keys: Record<'reader' | 'editor' | 'admin', string>
let dir: string

beforeAll(async () => {
  api = await listeningApi()
  dir = await mkdtemp(join(tmpdir(), 'sitrep-cli-'))
  const make = async (role: 'reader' | 'editor' | 'admin') =>
    (await api.store.createApiKey({ role, label: `cli test ${role}` })).key
  keys = { reader: await make('reader'), editor: await make('editor'), admin: await make('admin') }
})
afterAll(() => api.close())

const sitrep = (args: string[], key?: string) =>
  runCli(args, { SITREP_API_URL: api.url, ...(key ? { SITREP_API_KEY: key } : {}) })

describe('sitrep (exit codes shared by every command)', () => {
  it('names the URL and how to start the API when nothing answers, exit 2', async () => {
    const result = await runCli(['stats', '--api', 'http://127.0.0.1:9'])
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('http://127.0.0.1:9')
    expect(result.stderr).toContain('npm start')
  })

  it('prints usage for an unknown flag, exit 64', async () => {
    const result = await sitrep(['export', '--format', 'csv', '--colour', 'red'])
    expect(result.code).toBe(64)
    expect(result.stderr).toContain("unknown option '--colour'")
    expect(result.stderr).toContain('Usage: sitrep export')
  })

  it('names an unknown command as one and lists the commands, exit 64', async () => {
    const result = await sitrep(['frobnicate'])
    expect(result.code).toBe(64)
    expect(result.stderr).toMatch(/^sitrep: unknown command 'frobnicate' \(commands: dash, ingest/)
    expect(result.stderr).not.toContain('too many arguments')
    expect(result.stderr).toContain('Usage: sitrep [options] [command]')
  })

  it('prints usage for a command that is missing its subcommand or its required flag, exit 64', async () => {
    const keys = await sitrep(['keys'])
    expect(keys.code).toBe(64)
    expect(keys.stderr).toContain('Usage: sitrep keys')
    const exported = await sitrep(['export'])
    expect(exported.code).toBe(64)
    expect(exported.stderr).toContain("required option '--format <format>' not specified")
  })

  it('prints help for each command, exit 0', async () => {
    for (const command of ['ingest', 'import', 'export', 'stats', 'keys']) {
      const result = await sitrep([command, '--help'])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain(`Usage: sitrep ${command}`)
    }
  })

  it('refuses to open the dashboard without a terminal, exit 64', async () => {
    const result = await sitrep([])
    expect(result.code).toBe(64)
    expect(result.stderr).toContain('needs a terminal')
  })
})

describe('sitrep keys', () => {
  it('creates, lists and revokes keys with an admin key', async () => {
    const created = await sitrep(
      ['keys', 'create', '--role', 'reader', '--label', 'bot', '--json'],
      keys.admin,
    )
    expect(created.code).toBe(0)
    const { key, info } = JSON.parse(created.stdout)
    expect(key).toMatch(/^sitrep_/)
    expect(info).toMatchObject({ role: 'reader', label: 'bot' })
    const listed = await sitrep(['keys', 'list'], keys.admin)
    expect(listed.stdout).toMatch(new RegExp(`${info.id} +reader +live +bot`))
    expect(listed.stdout).not.toContain(key)
    expect((await sitrep(['keys', 'revoke', info.id], keys.admin)).code).toBe(0)
    const after = JSON.parse((await sitrep(['keys', 'list', '--json'], keys.admin)).stdout)
    expect(after.find((k: { id: string }) => k.id === info.id).revokedAt).toBeTypeOf('string')
  })

  it('exits 3 with an editor key (403) and with an unknown key (401)', async () => {
    expect((await sitrep(['keys', 'list'], keys.editor)).code).toBe(3)
    const unknown = await sitrep(['keys', 'list'], `sitrep_abcdefgh_${'x'.repeat(40)}`)
    expect(unknown.code).toBe(3)
    expect(unknown.stderr).toContain('refused the key (401')
  })

  it('refuses a role that does not exist, exit 64', async () => {
    expect((await sitrep(['keys', 'create', '--role', 'owner'], keys.admin)).code).toBe(64)
  })
})

describe('sitrep export', () => {
  it('streams the talks as NDJSON, one record a line', async () => {
    const result = await sitrep(['export', '--format', 'ndjson', '--kind', 'talk'])
    expect(result.code).toBe(0)
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => l.id ?? l.record?.id)).toEqual(
      expect.arrayContaining([
        'talk-istanbul-2025-05',
        'talk-istanbul-2025-06',
        'talk-istanbul-2025-07',
      ]),
    )
  })

  it('writes CSV and GeoJSON to a file with --output', async () => {
    const csv = join(dir, 'all.csv')
    expect((await sitrep(['export', '--format', 'csv', '--output', csv])).code).toBe(0)
    expect((await readFile(csv, 'utf8')).split('\n')[0]).toContain('id')
    const geo = await sitrep(['export', '--format', 'geojson', '--place', 'ua-kyiv'])
    expect(JSON.parse(geo.stdout).type).toBe('FeatureCollection')
  })

  it('refuses an impossible date range before asking the API, exit 64', async () => {
    const result = await sitrep([
      'export',
      '--format',
      'csv',
      '--from',
      '2025-07-30',
      '--to',
      '2025-07-01',
    ])
    expect(result.code).toBe(64)
    expect(result.stderr).toContain('to must not be before from')
  })
})

describe('sitrep import', () => {
  const file = async () => {
    const path = join(dir, 'follow-ups.ndjson')
    const records = [1, 2, 3].map((n) => JSON.stringify(followUpStatement(`st-follow-up-${n}`)))
    await writeFile(path, `${records[0]}\n${records[1]}\n{"kind":"talk"}\n${records[2]}\n`)
    return path
  }

  it('imports in batches and numbers a rejected line as in the file, exit 1 for the rejection', async () => {
    const result = await sitrep(['import', await file(), '--batch', '2', '--json'], keys.editor)
    expect(result.code).toBe(1)
    const summary = JSON.parse(result.stdout)
    expect(summary.imported).toBe(3)
    expect(summary.rejected.map((r: { line: number }) => r.line)).toEqual([3])
    expect((await api.client.statements.get('st-follow-up-3')).record.title).toContain('follow-up')
  })

  it('sends CSV with its header in every batch and numbers refusals as file lines', async () => {
    const csv = join(dir, 'talks.csv')
    expect(
      (await sitrep(['export', '--format', 'csv', '--kind', 'talk', '--output', csv])).code,
    ).toBe(0)
    // The seed already holds these three talks: imported again, nothing changes (exit 0).
    const again = await sitrep(['import', csv, '--batch', '1', '--json'], keys.editor)
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, unchanged: 3, rejected: [] })
    expect(again.code).toBe(0)
    const rows = (await readFile(csv, 'utf8')).split('\n')
    const edited = rows.findIndex((row) => row.startsWith('talk-istanbul-2025-07,'))
    // The title column comes before the record JSON, so the first match is the flat cell.
    rows[edited] = rows[edited]?.replace(',Third round', ',Edited third round') ?? ''
    await writeFile(csv, rows.join('\n'))
    const result = await sitrep(['import', csv, '--batch', '1', '--json'], keys.editor)
    const summary = JSON.parse(result.stdout)
    // The edited row is refused by its own line number in the file, whichever batch it was in.
    expect(summary.rejected.map((r: { line: number }) => r.line)).toEqual([edited + 1])
    expect(summary.unchanged).toBe(2)
    expect(result.code).toBe(1)
  })

  it('needs an editor key: exit 3 with a reader key or none', async () => {
    expect((await sitrep(['import', await file()], keys.reader)).code).toBe(3)
    expect((await sitrep(['import', await file()])).code).toBe(3)
  })

  it('names a file it cannot read, exit 66', async () => {
    const result = await sitrep(['import', join(dir, 'missing.ndjson')], keys.editor)
    expect(result.code).toBe(66)
    expect(result.stderr).toContain('missing.ndjson')
  })
})

describe('sitrep import --dataset', () => {
  const acled = fileURLToPath(
    new URL('../../../packages/datasets/test-fixtures/acled-seed-night.csv', import.meta.url),
  )

  it('uploads a dataset with an admin key and prints its summary', async () => {
    const result = await sitrep(['import', acled, '--dataset', 'acled', '--json'], keys.admin)
    expect(result.code).toBe(0)
    const summary = JSON.parse(result.stdout)
    expect(summary.rowsRead).toBeGreaterThan(0)
    expect(summary.created + summary.merged.length).toBeGreaterThan(0)
    const text = await sitrep(['import', acled, '--dataset', 'acled'], keys.admin)
    expect(text.stdout).toMatch(
      /^rows read \d+: created 0, merged into held records 0, updated 0, unchanged \d+/,
    )
  })

  it('says once that a dataset CSV given without --dataset is one, and which flag imports it, exit 64', async () => {
    const result = await sitrep(['import', acled], keys.editor)
    expect(result.code).toBe(64)
    expect(result.stderr).toContain(`sitrep import ${acled} --dataset acled`)
    expect(result.stderr.match(/--dataset acled/g)).toHaveLength(1)
    expect(result.stderr).not.toContain('header must be')
  })

  it('takes the dataset as --format too: one flag imports everything', async () => {
    const result = await sitrep(['import', acled, '--format', 'acled', '--json'], keys.admin)
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).rowsRead).toBeGreaterThan(0)
  })

  it('needs an admin key: exit 3 with an editor’s', async () => {
    const result = await sitrep(['import', acled, '--dataset', 'acled'], keys.editor)
    expect(result.code).toBe(3)
    expect(result.stderr).toContain('admin')
  })

  it.each([
    [['--dataset', 'cir'], 'dataset'],
    [['--dataset', 'acled', '--reference', 'r.csv'], 'reference: goes with --dataset air-force'],
    [['--dataset', 'acled', '--batch', '10'], 'batch: is for record files'],
    [['--datset', 'acled'], "unknown option '--datset'"],
  ])('refuses %j with the usage, exit 64', async (flags, message) => {
    const result = await sitrep(['import', acled, ...flags], keys.admin)
    expect(result.code).toBe(64)
    expect(result.stderr).toContain(message)
  })

  it('looks for the Air Force’s weapon reference beside the file, exit 66 when absent', async () => {
    const attacks = join(dir, 'missile_attacks_daily.csv')
    await writeFile(attacks, 'time_start\n')
    const result = await sitrep(['import', attacks, '--dataset', 'air-force'], keys.admin)
    expect(result.code).toBe(66)
    expect(result.stderr).toContain(join(dir, 'missiles_and_uavs.csv'))
  })
})

describe('sitrep restore', () => {
  it('brings a deleted record back from its history, exit 0; a live one is refused, exit 1', async () => {
    const record = followUpStatement('st-restore-me')
    await api.store.createRecord(record, { by: 'cli test' })
    await api.store.deleteRecord(record.id, 1, { by: 'cli test', reason: 'by mistake' })
    const restored = await sitrep(['restore', record.id], keys.editor)
    expect(restored.code).toBe(0)
    expect(restored.stdout).toContain(`restored statement ${record.id} as version 3`)
    expect((await api.client.statements.get(record.id)).record).toEqual(record)
    const again = await sitrep(['restore', record.id], keys.editor)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('deleted record st-restore-me not found')
  })

  it('needs an editor key (exit 3), a record it knows (exit 1) and an id (exit 64)', async () => {
    const record = followUpStatement('st-restore-by-reader')
    await api.store.createRecord(record, { by: 'cli test' })
    await api.store.deleteRecord(record.id, 1, { by: 'cli test' })
    expect((await sitrep(['restore', record.id], keys.reader)).code).toBe(3)
    expect((await sitrep(['restore', 'st-never-was'], keys.editor)).code).toBe(1)
    expect((await sitrep(['restore'], keys.editor)).code).toBe(64)
  })
})

describe('sitrep stats', () => {
  it('prints the talks by status and the aid by donor, names instead of ids', async () => {
    const result = await sitrep(['stats'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/talks by status: .*held 2/)
    expect(result.stdout).toMatch(/Germany +\d+ +€/)
  })

  it('prints who speaks how often: speakers by name, unnamed ones apart, and the channels', async () => {
    const { stdout } = await sitrep(['stats'])
    expect(stdout).toMatch(/statements by speaker +statements\n +Volodymyr Zelensky +7\n/)
    expect(stdout).toMatch(/ unnamed speakers +3\n/)
    expect(stdout).toMatch(/statements by channel +statements\n +remarks +12\n/)
  })

  it('sums attacks by week unless --by day, and says how to see each day', async () => {
    const weekly = (await sitrep(['stats'])).stdout
    expect(weekly).toMatch(/attacks by week +attacks +killed +injured +\(--by day for each day\)/)
    expect(weekly).toMatch(/ week of 2025-07-14 +\d+/)
    const daily = (await sitrep(['stats', '--by', 'day'])).stdout
    expect(daily).toMatch(/attacks by day +attacks/)
    expect(daily).toMatch(/ 2025-07-20 +\d+/)
    expect((await sitrep(['stats', '--by', 'year'])).code).toBe(64)
  })

  it('prints the series by week or month: sparklines, then the air war by weapon class', async () => {
    // Up to the seed's night: the ACLED import above adds a strike of 21 July that fuses with none.
    const weekly = (await sitrep(['stats', '--by', 'week', '--to', '2025-07-20'])).stdout
    expect(weekly).toMatch(
      /by week, week of 2025-07-14 to week of 2025-07-14 \(weapons: launched, then intercepted\)\n {2}attacks +█ +2\n {2}killed ≥ +█ +2\n {2}injured ≥ +█ +15\n/,
    )
    // The seed's Russian ministry claims 74 Ukrainian drones downed, and says nothing of launches.
    expect(weekly).toMatch(
      /drones launched by Ukraine, by week +launched +intercepted +rate +7-day rate\n {2}week of 2025-07-14 +0 +74 +– +–\n/,
    )
    const monthly = (await sitrep(['stats', '--by', 'month'])).stdout
    expect(monthly).toMatch(/by month, 2025-07 to 2025-07/)
  })

  it('prints long names whole: "Ministry of Defence of the Russian Federation"', async () => {
    const { stdout } = await sitrep(['stats'])
    expect(stdout).toMatch(/ Ministry of Defence of the Russian Federation +\d+\n/)
  })

  it('gives scripts the /v1/stats document with --json', async () => {
    const stats = JSON.parse((await sitrep(['stats', '--json'])).stdout)
    expect(stats.talksByStatus).toContainEqual({ status: 'held', count: 2 })
    expect(stats.statements.bySpeaker).toContainEqual({ speakerId: 'zelensky', statements: 7 })
    expect(stats.statements.unnamedSpeakers).toBe(3)
  })
})

describe('sitrep ingest', () => {
  const article = async () => {
    const path = join(dir, 'istanbul-talks-2025-07-21.txt')
    await writeFile(path, istanbulTalksArticleText)
    return path
  }

  it('shows the drafts with their claims, source spans and the seed records they match', async () => {
    const result = await sitrep(
      ['ingest', await article(), '--published', '2025-07-21'],
      keys.editor,
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Already held as src-istanbul-talks-2025-07-21 (the same text)')
    expect(result.stdout).toMatch(
      /date: 2025-07-24 \[\d+-\d+\] "The Russian state news agency TASS/,
    )
    expect(result.stdout).toContain('matches talk-istanbul-2025-07')
    expect(result.stdout).toContain('on publish: merge into talk-istanbul-2025-07')
    expect(result.stdout).not.toContain('on publish: publish as new')
    expect(result.stdout).toContain('nothing written')
  })

  it('publishes the held seed with --publish: every draft merges, and no count or dispute moves', async () => {
    const stats = async () => JSON.parse((await sitrep(['stats', '--json'])).stdout)
    const disputes = async () => (await fetch(`${api.url}/v1/disputes`)).json()
    const [statsBefore, disputesBefore] = [await stats(), await disputes()]
    const result = await sitrep(
      ['ingest', await article(), '--published', '2025-07-21', '--publish', '--json'],
      keys.editor,
    )
    expect(result.code).toBe(0)
    const { published } = JSON.parse(result.stdout)
    expect(published.created).toEqual([])
    expect(published.merged.map((m: { record: { id: string } }) => m.record.id)).toContain(
      'talk-istanbul-2025-07',
    )
    expect(await stats()).toEqual(statsBefore)
    expect(await disputes()).toEqual(disputesBefore)
  })

  it('needs --published (exit 64) and an editor key (exit 3)', async () => {
    const missing = await sitrep(['ingest', await article()], keys.editor)
    expect(missing.code).toBe(64)
    expect(missing.stderr).toContain('--published')
    const reader = await sitrep(
      ['ingest', await article(), '--published', '2025-07-21'],
      keys.reader,
    )
    expect(reader.code).toBe(3)
  })

  it('refuses a publication date that is not a date, exit 64', async () => {
    const result = await sitrep(['ingest', await article(), '--published', 'Monday'], keys.editor)
    expect(result.code).toBe(64)
  })
})
