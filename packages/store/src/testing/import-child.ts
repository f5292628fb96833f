// The crash test's child process: imports an NDJSON file into the store named by SITREP_DATA_DIR
// and prints "committed N" after each batch, so the test can kill it between two.
//   node --import tsx src/testing/import-child.ts <file.ndjson> <batch size>
import { createReadStream } from 'node:fs'
import { importStream } from '../import/import-stream.ts'
import { openNodeStore } from '../open-node-store.ts'

const [file, batch] = process.argv.slice(2)
if (!file || !batch) throw new Error('usage: import-child.ts <file.ndjson> <batch size>')
const store = await openNodeStore({ dataDir: process.env.SITREP_DATA_DIR })
await importStream(store, createReadStream(file), {
  format: 'ndjson',
  by: 'crash-test',
  batchSize: Number(batch),
  onProgress: (p) => console.log(`committed ${p.imported}`),
})
await store.close()
