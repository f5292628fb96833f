import { describe, expect, it } from 'vitest'
import { parseCommandLine } from './command-line.ts'
import { IMPORT_OPTIONS, planImport } from './import-plan.ts'

const where = { cwd: '/home/desk', dataDir: '/srv/shared/data' }

const plan = (...args: string[]) => {
  const read = parseCommandLine({ args, options: IMPORT_OPTIONS, allowPositionals: true })
  if (read.help) throw new Error('help asked')
  return planImport(read.parsed, where)
}

describe('planImport', () => {
  it('loads both real datasets from the shared data directory when given no file', () => {
    expect(plan()).toEqual([
      {
        kind: 'dataset',
        format: 'air-force',
        file: '/srv/shared/data/air-force-missile-attacks/missile_attacks_daily.csv',
        reference: '/srv/shared/data/air-force-missile-attacks/missiles_and_uavs.csv',
      },
      {
        kind: 'dataset',
        format: 'cir-events',
        file: '/srv/shared/data/cir-bellingcat-events/events.csv',
      },
    ])
    expect(plan('--from', 'data')[1]).toMatchObject({
      file: '/home/desk/data/cir-bellingcat-events/events.csv',
    })
  })

  it('finds the Air Force’s weapon reference beside its file unless told where', () => {
    expect(plan('af/attacks.csv', '--dataset', 'air-force')).toEqual([
      {
        kind: 'dataset',
        format: 'air-force',
        file: '/home/desk/af/attacks.csv',
        reference: '/home/desk/af/missiles_and_uavs.csv',
      },
    ])
    expect(plan('a.csv', '--dataset', 'air-force', '--reference', '/r.csv')[0]).toMatchObject({
      reference: '/r.csv',
    })
  })

  it('reads a file without --dataset as sitrep records, CSV by its extension', () => {
    expect(plan('export.CSV')).toEqual([
      { kind: 'records', format: 'csv', file: '/home/desk/export.CSV', batchSize: 5000 },
    ])
    expect(plan('gen.ndjson', '--batch', '250')[0]).toMatchObject({
      format: 'ndjson',
      batchSize: 250,
    })
  })

  it.each([
    [['events.csv', '--dataset', 'cir'], /--dataset must be air-force, cir-events, acled, not cir/],
    [['events.csv', '--dataset', 'cir-events', '--reference', 'r.csv'], /air-force dataset only/],
    [['records.ndjson', '--reference', 'r.csv'], /--dataset air-force/],
    [['records.ndjson', '--batch', '0'], /--batch must be a whole number/],
    [['--dataset', 'acled'], /--dataset needs a FILE/],
    [['a.csv', 'b.csv'], /one FILE at a time/],
    [['a.csv', '--from', 'data'], /--from reads a directory/],
    [['a.csv', '--format', 'cir-events'], /unknown flag --format/],
  ])('refuses %j', (args, message) => {
    expect(() => plan(...args)).toThrow(message)
  })
})
