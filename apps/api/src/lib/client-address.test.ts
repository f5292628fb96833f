import { describe, expect, it } from 'vitest'
import { parseForwardedEntry, resolveClientAddress } from './client-address.ts'
import { trustedProxies } from './trusted-proxies.ts'

/** `npm start`'s default, and a deployment behind a load balancer in a private network. */
const loopback = trustedProxies(['127.0.0.1', '::1'])
const privateNet = trustedProxies(['10.0.0.0/8', 'fd00::/8', '127.0.0.1'])

describe('resolveClientAddress', () => {
  it.each([
    [
      'an untrusted peer, even with a forged header',
      '203.0.113.7',
      '198.51.100.1',
      loopback,
      '203.0.113.7',
    ],
    ['an untrusted peer with no header', '203.0.113.7', undefined, loopback, '203.0.113.7'],
    [
      'a trusted peer with no header (the web server itself)',
      '127.0.0.1',
      undefined,
      loopback,
      '127.0.0.1',
    ],
    ['the visitor a trusted peer names', '127.0.0.1', '198.51.100.1', loopback, '198.51.100.1'],
    [
      'the right-most untrusted entry, not what the client prepended',
      '127.0.0.1',
      '1.2.3.4, 198.51.100.1',
      loopback,
      '198.51.100.1',
    ],
    [
      'past trusted hops inside a CIDR range',
      '10.0.0.2',
      '1.2.3.4, 198.51.100.1, 10.0.0.9, 10.1.2.3',
      privateNet,
      '198.51.100.1',
    ],
    [
      'the left-most entry when every hop is trusted',
      '10.0.0.2',
      '10.9.9.9, 10.0.0.9',
      privateNet,
      '10.9.9.9',
    ],
    [
      'the last good hop when a trusted hop hands over something else',
      '127.0.0.1',
      '198.51.100.1, not-an-ip',
      loopback,
      '127.0.0.1',
    ],
    [
      'the last good hop past an empty entry',
      '10.0.0.2',
      '198.51.100.1,, 10.0.0.9',
      privateNet,
      '10.0.0.9',
    ],
    ['the peer when the header is empty', '127.0.0.1', '', loopback, '127.0.0.1'],
    ['an IPv6 peer untrusted', '2001:db8::7', '198.51.100.1', loopback, '2001:db8::7'],
    [
      'an IPv6 visitor named by a trusted IPv6 peer',
      '::1',
      '2001:0DB8:0:0:0:0:0:1',
      loopback,
      '2001:db8::1',
    ],
    [
      'an IPv4 peer on a dual-stack socket as IPv4',
      '::ffff:127.0.0.1',
      '198.51.100.1',
      loopback,
      '198.51.100.1',
    ],
    [
      'an IPv6 hop inside an IPv6 range',
      'fd00::1',
      '2001:db8::5, fd12::3',
      privateNet,
      '2001:db8::5',
    ],
    [
      'an entry with a port some proxies add',
      '127.0.0.1',
      '198.51.100.1:4711',
      loopback,
      '198.51.100.1',
    ],
    [
      'a bracketed IPv6 entry with a port',
      '127.0.0.1',
      '[2001:db8::5]:443',
      loopback,
      '2001:db8::5',
    ],
  ])('gives %s', (_, peer, forwardedFor, trusted, expected) => {
    expect(resolveClientAddress(peer, forwardedFor, trusted)).toBe(expected)
  })

  it('cannot tell without a peer address, and does not fall back to the header', () => {
    expect(resolveClientAddress(undefined, '198.51.100.1', loopback)).toBeUndefined()
  })
})

describe('parseForwardedEntry', () => {
  it.each(['', 'unknown', '10.1', '0x7f000001', '198.51.100.1:port', '[::1', '300.1.1.1'])(
    'refuses %j',
    (entry) => {
      expect(parseForwardedEntry(entry)).toBeUndefined()
    },
  )
})

describe('trustedProxies', () => {
  it('matches single addresses exactly and ranges by prefix, each family apart', () => {
    const trusted = trustedProxies(['192.0.2.7', '10.0.0.0/8', '::1'])
    const matches = (address: string) => {
      const parsed = parseForwardedEntry(address)
      return parsed !== undefined && trusted(parsed)
    }
    expect(['192.0.2.7', '10.255.0.1', '::1', '::ffff:10.0.0.1'].map(matches)).toEqual([
      true,
      true,
      true,
      true,
    ])
    expect(['192.0.2.8', '11.0.0.1', '::2', '127.0.0.1'].map(matches)).toEqual([
      false,
      false,
      false,
      false,
    ])
  })
})
