// Webhook benchmark (not a test). Part one: `--events` writes fanned out to `--subscribers` local
// receivers (one Node HTTP server on its own thread, a path each, answering 204 without checking
// signatures: the figure is sitrep's side), deliveries per second from the first round to the
// last delivery, and the process's CPU seconds over that time (receivers included) so that runs
// on a loaded machine compare. Progress is printed every 5 s while it delivers.
// Part two: the write path's latency (one createRecord at a time, `--writes` of them) three times:
// on the fresh store with no subscription; after part one with every subscription paused (the
// same store, only nobody listening); and with the subscriptions active and the worker
// delivering each write to all of them. p50 and p99 of each, and the ratios of the delivering
// figures to both baselines. Each write waits for a new turn of the event loop, as a request read
// from a socket does, and is timed from before it: chained on the last one's promise,
// better-sqlite3's writes never leave the loop a turn, and the in-process worker would not run
// at all while they were measured. The
// deliveries made while the writes ran are counted, to show the load was there.
// Deliveries run as the Node entry runs them by default: on the benchmark's own event loop and
// connection. `--thread` runs them on the delivery thread with its own connection instead
// (`SITREP_WEBHOOK_THREAD=true`), paced by `--deliveries-per-write`, `--outcomes-per-write` and
// `--gap-ms`; the in-process loop takes the first two and `--slice-ms`.
// Every part sleeps `--idle-ms` between empty rounds (the Node entry's default, 1,000 ms).
// The store checkpoints its WAL on a thread of its own as the server's does (`--checkpoint
// inline` leaves it to the writes); the WAL's peak between checkpoints, the cores the process
// used while each write phase ran, and how much of it the machine stalled on its disk and on its
// cores (Linux pressure stall information) are printed.
//   tsx bench/webhook-bench.ts [--events 10000] [--subscribers 100] [--writes 1000] [--thread]
//     [--no-gate] [--send-thread] [--send-niceness 0] [--receiver-niceness 0]
//     [--idle-ms 1000]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PerformanceObserver } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import { actors, places } from '@sitrep/domain'
import { julyRound, seedDataset } from '@sitrep/domain/seed'
import type { Store } from '@sitrep/store'
import {
  newWriteGateBuffer,
  openSqliteStore,
  type WriteGateWaits,
  writeGateWaits,
} from '@sitrep/store/sqlite'
import { WebhookSettings } from '../src/config/webhook-settings.ts'
import { startDeliveryThread } from '../src/webhooks/delivery-thread/delivery-thread.ts'
import { DEFAULT_PACING } from '../src/webhooks/delivery-thread/delivery-thread-data.ts'
import { deliveryWorker, startDeliveryLoop } from '../src/webhooks/delivery-worker.ts'
import { hmacSigner } from '../src/webhooks/hmac-signer.ts'
import { IN_PROCESS_PACING } from '../src/webhooks/in-process-pacing.ts'
import { newSealingKey, newWebhookSecret, secretBox } from '../src/webhooks/secret-box.ts'
import { sendingThreadTransport } from '../src/webhooks/sending-thread/sending-thread.ts'
import { undiciTransport } from '../src/webhooks/undici-transport.ts'
import { startSyntheticSenders } from './synthetic-senders.ts'

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    subscribers: { type: 'string', default: '100' },
    writes: { type: 'string', default: '1000' },
    thread: { type: 'boolean', default: false },
    // With --thread: the API's and the thread's writes take turns through the write gate, as the
    // Node entry opens them; --no-gate leaves it to SQLite's busy timeout (the comparison).
    'no-gate': { type: 'boolean', default: false },
    // The in-process loop's posts leave from the sending thread (the Node entry's default).
    'send-thread': { type: 'boolean', default: false },
    // The server checkpoints the WAL on a thread of its own; `inline` lets the writes do it, as
    // SQLite does by default (the comparison behind that choice).
    checkpoint: { type: 'string', default: 'thread' },
    // The thread's pacing by default, or the in-process loop's (`IN_PROCESS_PACING`).
    'deliveries-per-write': { type: 'string' },
    'slice-ms': { type: 'string', default: String(IN_PROCESS_PACING.sliceMs) },
    'outcomes-per-write': { type: 'string' },
    'gap-ms': { type: 'string', default: String(DEFAULT_PACING.gapMs) },
    niceness: { type: 'string', default: String(DEFAULT_PACING.niceness) },
    // The sending thread's niceness (with --send-thread), and the receivers' thread's: they stand
    // in for other machines, and at 19 take only the cores the server leaves idle.
    'send-niceness': { type: 'string', default: '0' },
    'receiver-niceness': { type: 'string', default: '0' },
    // The same sleep between empty rounds in every part, the Node entry's default unless given:
    // a baseline polled less often than the run it is compared with flatters the run.
    'idle-ms': {
      type: 'string',
      default: String(WebhookSettings.shape.SITREP_WEBHOOK_IDLE_MS.parse(undefined)),
    },
  },
})
const EVENTS = Number(values.events)
const SUBSCRIBERS = Number(values.subscribers)
const WRITES = Number(values.writes)
const IDLE_MS = Number(values['idle-ms'])
const perWrite = values['deliveries-per-write']
const pacing = {
  deliveriesPerWrite: Number(perWrite ?? DEFAULT_PACING.deliveriesPerWrite),
  outcomesPerWrite: Number(values['outcomes-per-write'] ?? DEFAULT_PACING.outcomesPerWrite),
  gapMs: Number(values['gap-ms']),
  niceness: Number(values.niceness),
}

// The receivers run on a worker thread, as they would in another process: a delivery's cost on
// the sending side is what is measured, on its own event loop. They count into shared memory.
const counter = new Int32Array(new SharedArrayBuffer(4))
const receivers = new Worker(
  `const { createServer } = require('node:http')
  const { parentPort, workerData } = require('node:worker_threads')
  if (workerData.niceness > 0) require('node:os').setPriority(0, workerData.niceness)
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      Atomics.add(workerData.counter, 0, 1)
      res.writeHead(204).end()
    })
  })
  server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port))`,
  { eval: true, workerData: { counter, niceness: Number(values['receiver-niceness']) } },
)
const port = await new Promise<number>((resolve) => receivers.once('message', resolve))
const received = () => Atomics.load(counter, 0)

const dir = mkdtempSync(join(tmpdir(), 'sitrep-webhook-bench-'))
let written = 0
/** Linux's pressure stall total (µs some task waited on `resource`), undefined elsewhere. */
const stalled = (resource: 'io' | 'cpu'): number | undefined => {
  try {
    const some = readFileSync(`/proc/pressure/${resource}`, 'utf8').split('\n')[0] ?? ''
    return Number(/total=(\d+)/.exec(some)?.[1])
  } catch {
    return undefined
  }
}
interface PhaseUse {
  /** The main thread's GC pauses: how many, the longest (ms), and how many took 5 ms or more. */
  gc: { count: number; longest: number; over5ms: number }
  /** CPU seconds over wall seconds, every thread of this process. */
  cores: number
  /** Share of the wall time some task on the machine waited for the disk, and for a core. */
  ioStall: number | undefined
  cpuStall: number | undefined
  /** The writes' waits for the delivery thread's turns (the write gate's counts), if gated. */
  gate: WriteGateWaits | undefined
}
/** The gate's counts between two readings. */
const waitsSince = (from: WriteGateWaits, now: WriteGateWaits): WriteGateWaits => ({
  waits: now.waits - from.waits,
  waitedMs: now.waitedMs - from.waitedMs,
  over1ms: now.over1ms - from.over1ms,
  over5ms: now.over5ms - from.over5ms,
})
/** The main thread's garbage collection pauses, as they end (durations in ms). */
const gcPauses: number[] = []
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push(entry.duration)
}).observe({ entryTypes: ['gc'] })

/** What the process and the machine spent while `work` ran. */
const phaseUse = async (work: () => Promise<void>): Promise<PhaseUse> => {
  const gcFrom = gcPauses.length
  const gateFrom = writeGate && writeGateWaits(writeGate)
  const cpu = process.cpuUsage()
  const io = stalled('io')
  const waited = stalled('cpu')
  const started = performance.now()
  await work()
  const used = process.cpuUsage(cpu)
  const wallUs = (performance.now() - started) * 1000
  const share = (before: number | undefined, now: number | undefined) =>
    before === undefined || now === undefined ? undefined : (now - before) / wallUs
  const pauses = gcPauses.slice(gcFrom)
  return {
    gc: {
      count: pauses.length,
      longest: Math.max(0, ...pauses),
      over5ms: pauses.filter((d) => d >= 5).length,
    },
    cores: (used.user + used.system) / wallUs,
    gate: writeGate && gateFrom ? waitsSince(gateFrom, writeGateWaits(writeGate)) : undefined,
    ioStall: share(io, stalled('io')),
    cpuStall: share(waited, stalled('cpu')),
  }
}
const useText = (u: PhaseUse) => {
  const pct = (x: number | undefined) => (x === undefined ? 'n/a' : `${(x * 100).toFixed(0)} %`)
  const gate = u.gate
    ? `; waited for the delivery thread's turn ${u.gate.waits} times, ${u.gate.waitedMs.toFixed(0)} ms in all, ${u.gate.over1ms} of 1 ms or more, ${u.gate.over5ms} of 5 ms or more`
    : ''
  return `${u.cores.toFixed(2)} cores (machine stalled on the disk ${pct(u.ioStall)}, on cores ${pct(u.cpuStall)} of the time; main thread GC ${u.gc.count} pauses, ${u.gc.over5ms} of 5 ms or more, longest ${u.gc.longest.toFixed(1)} ms${gate})`
}
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))
const write = async (store: Store) => {
  const id = `talk-bench-${written++}`
  // Timed from before its turn: a request waits for whatever holds the loop, then runs.
  const started = performance.now()
  await nextTurn()
  await store.createRecord({ ...julyRound, id, title: `Bench ${id}` }, { by: 'bench' })
  return performance.now() - started
}
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')

const file = join(dir, 'sitrep.db')
if (!['thread', 'inline'].includes(values.checkpoint)) throw new Error('--checkpoint thread|inline')
let walPeak = 0
const writeGate = values.thread && !values['no-gate'] ? newWriteGateBuffer() : undefined
const store = await openSqliteStore({
  file,
  ...(writeGate && { writeGate: { buffer: writeGate, yields: false } }),
  ...(values.checkpoint === 'thread' && {
    checkpointThread: { onTurn: ({ walFrames }) => (walPeak = Math.max(walPeak, walFrames)) },
  }),
})
await store.seed({ ...seedDataset, places, actors })
const sealingKey = newSealingKey()
const box = await secretBox(sealingKey)
// The Node entry's transport and signer, as `entry/node-webhooks.ts` builds them.
const transport = values['send-thread']
  ? await sendingThreadTransport({
      allowPrivateTargets: true,
      niceness: Number(values['send-niceness']),
    })
  : undiciTransport()
const worker = deliveryWorker({
  store,
  box,
  allowPrivateTargets: true,
  ...IN_PROCESS_PACING,
  deliveriesPerWrite: Number(perWrite ?? IN_PROCESS_PACING.deliveriesPerWrite),
  outcomesPerWrite: Number(values['outcomes-per-write'] ?? IN_PROCESS_PACING.outcomesPerWrite),
  sliceMs: Number(values['slice-ms']),
  transport,
  signerFor: hmacSigner,
})

const startDelivering = async (idleMs: number): Promise<{ stop: () => Promise<void> }> =>
  values.thread
    ? startDeliveryThread({
        file,
        sealingKey,
        allowPrivateTargets: true,
        idleMs,
        pacing,
        writeGate,
      })
    : startDeliveryLoop(worker, { idleMs })
console.log(
  `WAL checkpointed ${values.checkpoint === 'thread' ? 'on its own thread' : 'inline by the writes'}`,
)
console.log(
  values.thread
    ? `delivering on the delivery thread, ${JSON.stringify(pacing)}, ${writeGate ? 'writes through the write gate' : 'no write gate'}`
    : `delivering on the benchmark's event loop and connection, ${JSON.stringify({ deliveriesPerWrite: Number(perWrite ?? IN_PROCESS_PACING.deliveriesPerWrite), outcomesPerWrite: Number(values['outcomes-per-write'] ?? IN_PROCESS_PACING.outcomesPerWrite), sliceMs: Number(values['slice-ms']) })}`,
)

// Part two first, before any subscription: the write path alone (the outbox row still written).
const idle = await startDelivering(IDLE_MS)
const alone: number[] = []
const freshUse = await phaseUse(async () => {
  for (let i = 0; i < WRITES; i += 1) alone.push(await write(store))
})
await idle.stop()

const subscriptionIds: string[] = []
for (let i = 0; i < SUBSCRIBERS; i += 1) {
  const subscription = await store.createSubscription({
    url: `http://127.0.0.1:${port}/hooks/${i}`,
    filter: {},
    events: ['record.created'],
    owner: 'bench',
    sealedSecret: await box.seal(newWebhookSecret()),
  })
  subscriptionIds.push(subscription.id)
}
const setStatus = async (status: 'active' | 'paused') => {
  for (const id of subscriptionIds) await store.updateSubscription(id, { status }, {})
}

console.log(`load before: ${load()}`)
const writeStart = performance.now()
for (let i = 0; i < EVENTS; i += 1) await write(store)
const writeSeconds = (performance.now() - writeStart) / 1000
const expected = EVENTS * SUBSCRIBERS
const busy = await startDelivering(IDLE_MS)
const started = performance.now()
const cpuBefore = process.cpuUsage()
const PROGRESS_MS = 5000
let lastShown = started
while (received() < expected) {
  await new Promise((resolve) => setTimeout(resolve, 100))
  const at = performance.now()
  if (at - lastShown < PROGRESS_MS) continue
  lastShown = at
  const done = received()
  const rate = done / ((at - started) / 1000)
  const eta = rate > 0 ? `${Math.round((expected - done) / rate)} s` : '?'
  console.log(
    `  delivering: ${done} of ${expected} (${Math.round((100 * done) / expected)} %), ${Math.round(rate)}/s, ETA ${eta} (load ${load()})`,
  )
}
const seconds = (performance.now() - started) / 1000
const cpu = process.cpuUsage(cpuBefore)
const cpuSeconds = (cpu.user + cpu.system) / 1e6
console.log(
  `${EVENTS} events written in ${writeSeconds.toFixed(1)} s; ${expected} deliveries to ${SUBSCRIBERS} subscribers in ${seconds.toFixed(1)} s: ${Math.round(expected / seconds)} deliveries/s; ${cpuSeconds.toFixed(1)} CPU s (${Math.round(expected / cpuSeconds)} deliveries per CPU s) (load ${load()})`,
)

// Part one's last round still records its attempts after the receivers have counted them: that
// loop is stopped (which waits for its round) so its tail does not fall into the next part.
await busy.stop()
// Part two again on the same store: first with every subscription paused (the worker still runs
// and takes each write's outbox row, fanning it out to no one), then active, each write
// delivered to every subscriber while the next ones are made.
const after = await startDelivering(IDLE_MS)
await setStatus('paused')
const paused: number[] = []
for (let i = 0; i < WRITES; i += 1) paused.push(await write(store))
// The paused writes' outbox rows go (to no one) before anyone listens again.
await new Promise((resolve) => setTimeout(resolve, IDLE_MS + 500))
await setStatus('active')
const before = received()
const windowStart = performance.now()
const withSubscribers: number[] = []
const deliveringUse = await phaseUse(async () => {
  for (let i = 0; i < WRITES; i += 1) withSubscribers.push(await write(store))
})
const windowSeconds = (performance.now() - windowStart) / 1000
const duringWrites = received() - before
while (received() < expected + WRITES * SUBSCRIBERS)
  await new Promise((resolve) => setTimeout(resolve, 50))
const drainSeconds = (performance.now() - windowStart) / 1000
await after.stop()
// The same posts a second as the deliveries made while the writes ran, from a thread that only
// signs and sends (synthetic-senders.ts): what the machine's cores alone cost the writes.
const sendingRate = Math.round(duringWrites / windowSeconds)
const synthetic: number[] = []
let syntheticUse: PhaseUse | undefined
let syntheticSent = 0
if (sendingRate > 0) {
  const senders = startSyntheticSenders({
    origin: `http://127.0.0.1:${port}`,
    rate: sendingRate,
    niceness: Number(values['send-niceness']),
    body: JSON.stringify({ type: 'record.created', timestamp: new Date(), data: julyRound }),
  })
  await new Promise((resolve) => setTimeout(resolve, 500))
  const sentFrom = received()
  const syntheticStart = performance.now()
  syntheticUse = await phaseUse(async () => {
    for (let i = 0; i < WRITES; i += 1) synthetic.push(await write(store))
  })
  const syntheticSeconds = (performance.now() - syntheticStart) / 1000
  syntheticSent = Math.round((received() - sentFrom) / syntheticSeconds)
  await senders.stop()
}
const ms = (x: number) => `${x.toFixed(2)} ms`
const figures = (xs: number[]) => `p50 ${ms(percentile(xs, 50))} p99 ${ms(percentile(xs, 99))}`
const ratios = (base: number[]) =>
  `p50 ${(percentile(withSubscribers, 50) / percentile(base, 50)).toFixed(2)}x, p99 ${(percentile(withSubscribers, 99) / percentile(base, 99)).toFixed(2)}x`
console.log(
  `write latency, ${WRITES} writes each: no subscription (fresh store) ${figures(alone)}; subscriptions paused (after part one) ${figures(paused)}; ${SUBSCRIBERS} subscribers delivering ${figures(withSubscribers)}`,
)
console.log(
  `  delivering against paused: ${ratios(paused)}; against the fresh store: ${ratios(alone)}`,
)
console.log(
  `  ${duringWrites} of the writes' ${WRITES * SUBSCRIBERS} deliveries made while they were written (${windowSeconds.toFixed(1)} s, ${Math.round(duringWrites / windowSeconds)}/s), all in ${drainSeconds.toFixed(1)} s (load ${load()})`,
)
if (syntheticUse)
  console.log(
    `  the same sending load without sitrep's delivery (a thread signing and posting ${syntheticSent}/s to the receivers, asked for ${sendingRate}/s; no database work): ${figures(synthetic)}, p99 ${(percentile(synthetic, 99) / percentile(alone, 99)).toFixed(2)}x the fresh store's; the process used ${useText(syntheticUse)}`,
  )
if (values.checkpoint === 'thread')
  console.log(`  the WAL peaked at ${walPeak} frames between checkpoints`)
// Whether the deliveries took cores from the writes, or turns of the event loop: the process's
// CPU over each write phase's wall time, every thread counted; and whether the machine's disk or
// cores made tasks wait (Linux pressure stall information, `some` line).
console.log(
  `  while the writes ran the process used: fresh store ${useText(freshUse)}; delivering ${useText(deliveringUse)}`,
)
await store.close()
await transport.close()
await receivers.terminate()
rmSync(dir, { recursive: true, force: true })
