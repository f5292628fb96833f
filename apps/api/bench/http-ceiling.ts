// What HTTP alone costs on this machine (not a test): the same load generator and connections
// as bench:api, against a server that answers every request with the same bytes — node:http
// alone, and Hono on @hono/node-server as the API runs it — so the API's figures can be read
// against the most any Node server could do here with a body of that size.
//   tsx bench/http-ceiling.ts [--bytes 94000] [--seconds 10] [--connections 64]
import { parseArgs } from 'node:util'
import { drive } from './load.ts'
import { startBareServer } from './servers.ts'

const { values } = parseArgs({
  options: {
    // A list page of 50 attacks at 100k is ~94 KB of JSON.
    bytes: { type: 'string', default: '94000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
  },
})
const bytes = Number(values.bytes)
for (const stack of ['node', 'hono'] as const) {
  const server = await startBareServer(stack, bytes)
  try {
    // A short warm-up, as bench:api gives each scenario.
    await drive(server.url, ['/'], { connections: Number(values.connections), seconds: 2 })
    const result = await drive(server.url, ['/'], {
      connections: Number(values.connections),
      seconds: Number(values.seconds),
      ...(server.pgid !== undefined && { pgid: server.pgid }),
    })
    console.log(
      `${stack === 'node' ? 'node:http alone' : 'hono on @hono/node-server'}, ${bytes} bytes: ${result.requestsPerSecond} req/s, p50 ${result.p50ms} ms, p99 ${result.p99ms} ms, server CPU ${result.cpuMsPerRequest?.toFixed(2) ?? '?'} ms/request, errors ${result.errors} (load ${result.load})`,
    )
  } finally {
    await server.stop()
  }
}
