// Where a request's time goes (not a test): answers one scenario's URLs in-process, with no
// response cache and no read threads, so a CPU profile of this process is the app's own cost.
//   node --cpu-prof --cpu-prof-dir=<dir> --import tsx bench/profile.ts \
//     [--scenario list|timeline|search|stats] [--size 100000] [--requests 2000]
//   tsx bench/profile-summary.ts <dir>/<file>.cpuprofile
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openSqliteStore } from '@sitrep/store/sqlite'
import { createApp } from '../src/app.ts'
import { ensureDatabase } from './dataset.ts'
import { scenarios } from './scenarios.ts'

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'list' },
    size: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '2000' },
  },
})
const scenario = scenarios().find((s) => s.name === values.scenario)
if (!scenario) throw new Error(`no scenario ${values.scenario}`)
const store = await openSqliteStore({
  file: join(await ensureDatabase(Number(values.size)), 'sitrep.db'),
})
const app = createApp({ store, rateLimit: false, responseCache: false })
const requests = Number(values.requests)
const started = performance.now()
for (let i = 0; i < requests; i++) {
  const url = scenario.urls[i % scenario.urls.length] ?? '/v1/records'
  await (await app.request(url)).arrayBuffer()
}
const ms = (performance.now() - started) / requests
console.log(`${scenario.name}: ${requests} requests in-process, ${ms.toFixed(2)} ms each`)
await store.close()
