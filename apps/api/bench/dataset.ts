import { existsSync, mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { actors, places, type SitrepRecord } from '@sitrep/domain'
import { importStream } from '@sitrep/store'
import { generateRecords } from '@sitrep/store/generate'
import { openSqliteStore } from '@sitrep/store/sqlite'

export const benchDir = fileURLToPath(new URL('../../../.bench-data/api/', import.meta.url))

async function* ndjson(records: Iterable<SitrepRecord>): AsyncGenerator<string> {
  let chunk = ''
  for (const r of records) {
    chunk += `${JSON.stringify(r)}\n`
    if (chunk.length > 1 << 20) {
      yield chunk
      chunk = ''
    }
  }
  if (chunk) yield chunk
}

/**
 * A data folder whose sitrep.db holds `size` generated records (seed 1), built once and reused:
 * the Node entry opens it exactly as it opens ./data.
 */
export const ensureDatabase = async (size: number): Promise<string> => {
  const dir = join(benchDir, `sqlite-${size}`)
  if (existsSync(join(dir, 'sitrep.db'))) return dir
  // `npm run bench:store` builds the same records (generator seed 1): reuse its file when present.
  const storeBench = join(benchDir, '..', `store-${size}.db`)
  if (existsSync(storeBench)) {
    mkdirSync(dir, { recursive: true })
    symlinkSync(storeBench, join(dir, 'sitrep.db'))
    return dir
  }
  const building = `${dir}.building`
  rmSync(building, { recursive: true, force: true })
  mkdirSync(building, { recursive: true })
  const store = await openSqliteStore({ file: join(building, 'sitrep.db') })
  await store.loadDictionaries({ places, actors })
  const started = Date.now()
  const summary = await importStream(store, ndjson(generateRecords({ records: size, seed: 1 })), {
    format: 'ndjson',
    by: 'bench',
    // Generated here, not sent by a client: the upload cap (512 MB) would stop a 1M store at 357k.
    limits: { maxBytes: Number.POSITIVE_INFINITY },
    batchSize: 5000,
    onProgress: (p) => process.stderr.write(`\r  building ${size} records: ${p.imported}`),
  })
  await store.close()
  process.stderr.write(
    `\r  built ${summary.imported} records in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
  )
  renameSync(building, dir)
  return dir
}

/**
 * The same records as json-server wants them: one flat object per record with the fields the
 * query filters on, and the record itself. Written once per size.
 */
export const ensureJsonServerFile = async (size: number): Promise<string> => {
  const file = join(benchDir, `json-server-${size}.json`)
  if (existsSync(file)) return file
  const { createWriteStream } = await import('node:fs')
  const out = createWriteStream(`${file}.building`)
  const write = (text: string) =>
    new Promise<void>((done) => (out.write(text) ? done() : out.once('drain', done)))
  await write('{"records":[\n')
  let first = true
  for (const record of generateRecords({ records: size, seed: 1 })) {
    const date = record.claims.find((c) => c.fact === 'date' && c.value.resolved)
    const start = date?.fact === 'date' && date.value.resolved ? date.value.start : null
    const place =
      record.kind === 'attack'
        ? record.placeIds[0]
        : record.kind === 'talk'
          ? (record.venueId ?? null)
          : null
    await write(
      `${first ? '' : ',\n'}${JSON.stringify({ id: record.id, kind: record.kind, dateStart: start, placeId: place, record })}`,
    )
    first = false
  }
  await write('\n]}\n')
  await new Promise<void>((done) => out.end(done))
  renameSync(`${file}.building`, file)
  return file
}
