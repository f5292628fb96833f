import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actors, places } from '@sitrep/domain'
import { julyRound, seedDataset } from '@sitrep/domain/seed'
import type { Store } from '@sitrep/store'
import { newWriteGateBuffer, openSqliteStore } from '@sitrep/store/sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newSealingKey, newWebhookSecret, secretBox } from '../secret-box.ts'
import { startDeliveryThread } from './delivery-thread.ts'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-delivery-thread-'))
const file = join(dir, 'sitrep.db')
const key = newSealingKey()
const received: string[] = []
let server: Server
let store: Store
let url = ''

const writeGate = newWriteGateBuffer()
beforeAll(async () => {
  server = createServer((req, res) => {
    const id = req.headers['webhook-id']
    req.resume()
    req.on('end', () => {
      if (typeof id === 'string') received.push(id)
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  // Opened as the Node entry opens it: its writes and the thread's take turns through the gate.
  store = await openSqliteStore({ file, writeGate: { buffer: writeGate, yields: false } })
  await store.seed({ ...seedDataset, places, actors })
})
afterAll(async () => {
  await store.close()
  await new Promise((resolve) => server.close(resolve))
  rmSync(dir, { recursive: true, force: true })
})

const waitFor = async (done: () => boolean) => {
  for (let i = 0; i < 600 && !done(); i += 1)
    await new Promise((resolve) => setTimeout(resolve, 50))
}

describe('the delivery thread', () => {
  it('delivers what the API writes and records it on the shared file, then stops', async () => {
    const box = await secretBox(key)
    const { id } = await store.createSubscription({
      url,
      filter: {},
      events: ['record.created'],
      owner: 'thread-test',
      sealedSecret: await box.seal(newWebhookSecret()),
    })
    const thread = await startDeliveryThread({
      file,
      sealingKey: key,
      allowPrivateTargets: true,
      idleMs: 20,
      writeGate,
    })
    // Writes on this connection while the thread writes on its own: none fails on the lock.
    for (let i = 0; i < 20; i += 1)
      await store.createRecord({ ...julyRound, id: `talk-thread-${i}` }, { by: 'thread-test' })
    const isDelivered = async () =>
      (await store.listDeliveries(id, { limit: 50 }, {})).items.filter(
        (d) => d.status === 'delivered',
      ).length
    let delivered = 0
    await waitFor(() => received.length >= 20)
    for (let i = 0; i < 100 && delivered < 20; i += 1) {
      delivered = await isDelivered()
      if (delivered < 20) await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await thread.stop()
    expect(received).toHaveLength(20)
    expect(new Set(received).size).toBe(20)
    expect(delivered).toBe(20)
  })

  it('refuses to start on a file it cannot open, saying why', async () => {
    await expect(
      startDeliveryThread({
        file: join(dir, 'missing', 'folder', '\u0000bad.db'),
        sealingKey: key,
        allowPrivateTargets: true,
        idleMs: 20,
      }),
    ).rejects.toThrow(/delivery thread/)
  })
})
