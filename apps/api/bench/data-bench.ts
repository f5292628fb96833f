// npm run bench:data — import rate of each real dataset file (rows/s) and the load time of the
// whole real corpus (seed + Air Force + CIR/Bellingcat) into a fresh SQLite file; goal < 10 s.
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type DatasetFormat, importDataset, mapDataset } from '@sitrep/datasets'
import { actors, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { openSqliteStore } from '@sitrep/store/sqlite'

const DATA = fileURLToPath(new URL('../../../../shared/data', import.meta.url))
const FILES: { format: DatasetFormat; file: string; reference?: string }[] = [
  {
    format: 'air-force',
    file: `${DATA}/air-force-missile-attacks/missile_attacks_daily.csv`,
    reference: `${DATA}/air-force-missile-attacks/missiles_and_uavs.csv`,
  },
  { format: 'cir-events', file: `${DATA}/cir-bellingcat-events/events.csv` },
]
if (!FILES.every((f) => existsSync(f.file))) {
  console.error(`real datasets not found at ${DATA}: nothing to benchmark`)
  process.exit(0)
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-data-'))
const freshStore = async (name: string) => {
  const store = await openSqliteStore({ file: join(dir, `${name}.db`) })
  const started = performance.now()
  await store.seed({ ...seedDataset, places, actors })
  return { store, seedMs: performance.now() - started }
}
const load = async (
  store: Awaited<ReturnType<typeof openSqliteStore>>,
  f: (typeof FILES)[number],
) => {
  const started = performance.now()
  const mapped = await mapDataset(
    f.format,
    createReadStream(f.file),
    f.reference ? createReadStream(f.reference) : undefined,
  )
  const summary = await importDataset(store, mapped, { by: 'bench' })
  return { summary, ms: performance.now() - started }
}

try {
  for (const f of FILES) {
    const { store } = await freshStore(f.format)
    const { summary, ms } = await load(store, f)
    const rate = Math.round(summary.rowsRead / (ms / 1000))
    console.log(
      `${f.format.padEnd(11)} ${summary.rowsRead} rows in ${(ms / 1000).toFixed(2)} s = ${rate} rows/s (created ${summary.created}, merged ${summary.merged.length}, skipped ${summary.skipped.length}, rejected ${summary.rejected.length})`,
    )
    await store.close()
  }
  const started = performance.now()
  const { store, seedMs } = await freshStore('corpus')
  const parts = [`seed ${(seedMs / 1000).toFixed(2)} s`]
  for (const f of FILES)
    parts.push(`${f.format} ${((await load(store, f)).ms / 1000).toFixed(2)} s`)
  await store.close()
  const total = (performance.now() - started) / 1000
  console.log(
    `whole real corpus (seed + both files): ${total.toFixed(2)} s (${parts.join(', ')}); goal < 10 s: ${total < 10 ? 'met' : 'NOT met'}`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
