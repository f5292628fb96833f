import type { LookupAddress, LookupOptions } from 'node:dns'
import type { LookupFunction } from 'node:net'
import ipaddr from 'ipaddr.js'

/** One address a name resolves to. */
export interface ResolvedAddress {
  address: string
  family: 4 | 6
}

/** Resolves a host name to every address it has; injected so tests need no DNS. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>

/** Why an address may not be called (its range: loopback, private…), or undefined if public. */
export const nonPublicRange = (address: string): string | undefined => {
  if (!ipaddr.isValid(address)) return 'not an IP address'
  // `process` turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) into the IPv4 it hides.
  const range = ipaddr.process(address).range()
  return range === 'unicast' ? undefined : range
}

/**
 * Why a name's addresses must be refused, or undefined when all are public. One private address
 * among public ones refuses the name: a connection could be sent to any of them.
 */
export const refusedAddresses = (
  hostname: string,
  addresses: readonly ResolvedAddress[],
): string | undefined => {
  if (addresses.length === 0) return `${hostname} has no address`
  for (const { address } of addresses) {
    const range = nonPublicRange(address)
    if (range) return `${hostname} resolves to ${address} (${range}), not a public address`
  }
  return undefined
}

/** The target's host resolved and judged; IP literals are judged by `refusedTarget` alone. */
export const refusedResolvedTarget = async (
  target: string,
  resolve: HostResolver,
): Promise<string | undefined> => {
  const host = new URL(target).hostname.replace(/^\[(.*)\]$/, '$1')
  if (ipaddr.isValid(host)) return undefined
  let addresses: ResolvedAddress[]
  try {
    addresses = await resolve(host)
  } catch (error) {
    return `${host} does not resolve (${error instanceof Error ? error.message : String(error)})`
  }
  return refusedAddresses(host, addresses)
}

/**
 * A socket `lookup` that resolves once, refuses the name if any address is not public, and hands
 * the socket the very addresses it checked. Checking at create time is not enough: a name can
 * answer a public address then and a private one at delivery (DNS rebinding), so the check sits
 * where the connection gets its address.
 */
export const publicOnlyLookup =
  (resolve: HostResolver): LookupFunction =>
  (hostname: string, options: LookupOptions, callback) => {
    const family =
      options.family === 4 || options.family === 'IPv4'
        ? 4
        : options.family === 6 || options.family === 'IPv6'
          ? 6
          : undefined
    resolve(hostname).then(
      (addresses) => {
        const refused = refusedAddresses(hostname, addresses)
        if (refused) {
          callback(
            Object.assign(new Error(`target refused: ${refused}`), { code: 'EREFUSEDTARGET' }),
            '',
          )
          return
        }
        const usable = addresses.filter((a) => family === undefined || a.family === family)
        const first = usable[0]
        if (!first) {
          callback(
            Object.assign(new Error(`${hostname} has no IPv${family} address`), {
              code: 'ENOTFOUND',
            }),
            '',
          )
          return
        }
        if (options.all)
          callback(
            null,
            usable.map((a): LookupAddress => ({ ...a })),
          )
        else callback(null, first.address, first.family)
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), ''),
    )
  }
