import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type HostResolver,
  publicOnlyLookup,
  refusedAddresses,
  refusedResolvedTarget,
} from './public-addresses.ts'
import { undiciTransport, webhookAgent } from './undici-transport.ts'

const v4 = (address: string) => ({ address, family: 4 as const })
const v6 = (address: string) => ({ address, family: 6 as const })

describe('refusedAddresses', () => {
  it.each([
    [[v4('93.184.215.14')], undefined],
    [[v4('127.0.0.1')], 'loopback'],
    [[v4('10.1.2.3')], 'private'],
    [[v4('100.64.0.1')], 'carrierGradeNat'],
    [[v4('169.254.169.254')], 'linkLocal'],
    [[v6('::1')], 'loopback'],
    [[v6('fd00::1')], 'uniqueLocal'],
    [[v6('::ffff:127.0.0.1')], 'loopback'],
    [[v4('93.184.215.14'), v4('192.168.0.2')], 'private'],
    [[], 'no address'],
  ])('judges %j as %s', (addresses, refusal) => {
    const why = refusedAddresses('hooks.example.org', addresses)
    if (refusal === undefined) expect(why).toBeUndefined()
    else expect(why).toContain(refusal)
  })

  it('leaves IP literals to the written-URL check and resolves names', async () => {
    const resolve: HostResolver = async () => [v4('10.0.0.1')]
    expect(await refusedResolvedTarget('https://93.184.215.14/x', resolve)).toBeUndefined()
    expect(await refusedResolvedTarget('https://hooks.example.org/x', resolve)).toContain('private')
  })
})

describe('publicOnlyLookup', () => {
  const lookup = (resolve: HostResolver, options: { all?: boolean; family?: number } = {}) =>
    new Promise<unknown>((done, fail) =>
      publicOnlyLookup(resolve)('hooks.example.org', options, (error, address, family) =>
        error ? fail(error) : done(options.all ? address : [address, family]),
      ),
    )

  it('hands the socket the addresses it checked, resolving once', async () => {
    let calls = 0
    const resolve: HostResolver = async () => {
      calls += 1
      return [v4('93.184.215.14'), v6('2606:2800:21f:cb07:6820:80da:af6b:8b2c')]
    }
    expect(await lookup(resolve)).toEqual(['93.184.215.14', 4])
    expect(await lookup(resolve, { family: 6 })).toEqual([
      '2606:2800:21f:cb07:6820:80da:af6b:8b2c',
      6,
    ])
    expect(await lookup(resolve, { all: true })).toHaveLength(2)
    expect(calls).toBe(3)
  })

  it('fails the connection when the name resolves to a private address', async () => {
    await expect(lookup(async () => [v4('127.0.0.1')])).rejects.toThrow('not a public address')
  })
})

describe('a delivery to a rebound name', () => {
  let server: Server
  let port = 0
  let hits = 0
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits += 1
      req.resume()
      res.writeHead(204).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => server.close())

  it('never reaches a loopback receiver, though the name was public when checked', async () => {
    // Public when the subscription was made, loopback by the time a delivery connects.
    const answers = [[v4('93.184.215.14')], [v4('127.0.0.1')]]
    const resolve: HostResolver = async () => answers.shift() ?? [v4('127.0.0.1')]
    expect(
      await refusedResolvedTarget(`http://rebind.example.org:${port}/`, resolve),
    ).toBeUndefined()
    const transport = undiciTransport(webhookAgent(publicOnlyLookup(resolve)))
    await expect(
      transport({ url: `http://rebind.example.org:${port}/`, headers: {}, body: '{}' }),
    ).rejects.toThrow('127.0.0.1 (loopback), not a public address')
    expect(hits).toBe(0)
    await transport.close()
  })
})
