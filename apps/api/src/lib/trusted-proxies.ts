import ipaddr from 'ipaddr.js'

export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6

/** Whether an address belongs to a proxy whose `X-Forwarded-For` entries may be believed. */
export type IsTrusted = (address: IpAddress) => boolean

/**
 * Only the plain spellings: ipaddr.js would also take `10.1` or `0x0a000001` for an IPv4
 * address, and a trust list is where a typo must be an error rather than a surprise.
 */
const isPlainAddress = (entry: string): boolean =>
  ipaddr.IPv4.isValidFourPartDecimal(entry) || ipaddr.IPv6.isValid(entry)

const isPlainCidr = (entry: string): boolean =>
  ipaddr.IPv4.isValidCIDRFourPartDecimal(entry) || ipaddr.IPv6.isValidCIDR(entry)

/** An address, IPv4-mapped IPv6 read as the IPv4 it carries, or nothing for anything else. */
export const parsePlainAddress = (entry: string): IpAddress | undefined =>
  isPlainAddress(entry) ? ipaddr.process(entry) : undefined

/** A `SITREP_TRUSTED_PROXIES` entry: one address or a CIDR range. */
export const isProxyEntry = (entry: string): boolean => isPlainAddress(entry) || isPlainCidr(entry)

/** The matcher for a list of entries that passed `isProxyEntry`. */
export const trustedProxies = (entries: readonly string[]): IsTrusted => {
  const ranges = entries.map((entry): [IpAddress, number] => {
    if (isPlainCidr(entry)) return ipaddr.parseCIDR(entry)
    const address = ipaddr.process(entry)
    return [address, address.kind() === 'ipv4' ? 32 : 128]
  })
  // ipaddr.js refuses to match across families, and an IPv4 peer is never inside an IPv6 range.
  return (address) =>
    ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits))
}
