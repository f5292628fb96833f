// Imports the first N generated records into a fresh SQLite file and prints wall and CPU time:
// run under `node --cpu-prof --cpu-prof-dir=<dir> --import tsx` to see where an import spends it.
//   node --import tsx scripts/bench/profile-import.ts <file.ndjson> <db> [batch]
import { createReadStream, rmSync } from 'node:fs'
import { actors, places } from '@sitrep/domain'
import { openSqliteStore } from '../../src/dialects/sqlite.ts'
import { importStream } from '../../src/import/import-stream.ts'

const [file, dbFile, batch = '5000'] = process.argv.slice(2)
if (!file || !dbFile) throw new Error('usage: profile-import.ts <file.ndjson> <db> [batch]')
for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true })
const store = await openSqliteStore({ file: dbFile })
await store.loadDictionaries({ places, actors })
const cpu = process.cpuUsage()
const started = performance.now()
const summary = await importStream(store, createReadStream(file), {
  format: 'ndjson',
  by: 'profile',
  // A file of our own, not a client's upload: the 512 MB upload cap would stop a 1M profile.
  limits: { maxBytes: Number.POSITIVE_INFINITY },
  batchSize: Number(batch),
})
const wall = (performance.now() - started) / 1000
const used = process.cpuUsage(cpu)
const cpuSeconds = (used.user + used.system) / 1e6
await store.close()
console.log(
  `${summary.imported} records: wall ${wall.toFixed(1)} s (${Math.round(summary.imported / wall)}/s), cpu ${cpuSeconds.toFixed(1)} s (${Math.round(summary.imported / cpuSeconds)}/s; user ${(used.user / 1e6).toFixed(1)}, sys ${(used.system / 1e6).toFixed(1)})`,
)
