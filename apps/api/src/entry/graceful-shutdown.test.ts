import { Agent, createServer, get, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { gracefulShutdown } from './graceful-shutdown.ts'

const answer = (url: string, agent: Agent) =>
  new Promise<IncomingMessage & { body: string }>((resolve, reject) => {
    get(url, { agent }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => {
        body += chunk
      })
      res.on('end', () => resolve(Object.assign(res, { body })))
    }).on('error', reject)
  })

describe('shutting the server down', () => {
  it('answers the requests in flight, lets keep-alive clients go, then closes the store', async () => {
    const events: string[] = []
    // Each answer takes 200 ms: the first is still being computed when the signal comes.
    const server = createServer((req, res) => {
      setTimeout(() => {
        events.push(`answered ${req.url}`)
        res.end('ok')
      }, 200)
    })
    await new Promise<void>((resolve) =>
      server.listen(20_000 + Math.floor(Math.random() * 9_999), '127.0.0.1', resolve),
    )
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    await answer(`${url}/warm`, agent)

    const inFlight = answer(`${url}/in-flight`, agent)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const started = performance.now()
    const stopped = gracefulShutdown(
      server,
      async () => {
        events.push('store closed')
      },
      5000,
    )
    // The client, keeping its connection alive, asks again before it is told to go.
    const next = inFlight.then(() => answer(`${url}/next`, agent))
    expect((await inFlight).body).toBe('ok')
    const last = await next
    expect(last.body).toBe('ok')
    expect(last.headers.connection).toBe('close')
    await stopped
    expect(performance.now() - started).toBeLessThan(2000)
    expect(events).toEqual([
      'answered /warm',
      'answered /in-flight',
      'answered /next',
      'store closed',
    ])
    agent.destroy()
  })
})
