import { Worker } from 'node:worker_threads'

/**
 * The sending half of a delivery storm without sitrep: a thread that signs bodies the size of a
 * webhook's with HMAC-SHA256 and posts them to the bench's receivers on a keep-alive client, at
 * `rate` posts a second over 32 lanes. No database, no outbox, no event loop of the API's. Write
 * latency measured beside it is what this machine's cores give the writes under the same network
 * load; the rest of the tail while delivering is sitrep's own delivery work.
 */
export interface SyntheticSenders {
  /** Stops the lanes after their post in flight; resolves with the posts answered. */
  stop(): Promise<number>
}

const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHmac, randomBytes } = require('node:crypto')
const { Agent, request } = require('undici')
const { origin, rate, body, lanes, niceness } = workerData
if (niceness > 0) require('node:os').setPriority(0, niceness)
const agent = new Agent({ connections: lanes, pipelining: 1 })
const secret = randomBytes(32)
let stopped = false
let sent = 0
parentPort.on('message', () => { stopped = true })
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const lane = async (i) => {
  const every = (lanes * 1000) / rate
  let n = 0
  while (!stopped) {
    const started = performance.now()
    const id = 'msg_' + i + '_' + n++
    const ts = Math.floor(Date.now() / 1000)
    const signature = createHmac('sha256', secret).update(id + '.' + ts + '.' + body).digest('base64')
    const answer = await request(origin + '/synthetic/' + i, {
      method: 'POST',
      dispatcher: agent,
      body,
      headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': 'v1,' + signature },
    })
    await answer.body.dump()
    sent += 1
    const left = every - (performance.now() - started)
    if (left > 0) await sleep(left)
  }
}
Promise.all(Array.from({ length: lanes }, (_, i) => lane(i)))
  .then(() => agent.close())
  .then(() => parentPort.postMessage(sent))
`

export const startSyntheticSenders = (options: {
  origin: string
  rate: number
  body: string
  lanes?: number
  /** As the sending thread it stands in for is run (the bench's --send-niceness). */
  niceness?: number
}): SyntheticSenders => {
  const worker = new Worker(SOURCE, {
    eval: true,
    workerData: { lanes: 32, niceness: 0, ...options },
  })
  return {
    stop: async () => {
      const done = new Promise<number>((resolve) => worker.once('message', resolve))
      worker.postMessage('stop')
      const sent = await done
      await worker.terminate()
      return sent
    },
  }
}
