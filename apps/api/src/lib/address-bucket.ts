import ipaddr from 'ipaddr.js'

/**
 * The rate-limit bucket of a client address. An IPv6 subscriber is handed a whole /64 (one home
 * or office network), so one bucket per address would let a single client rotate through 2^64
 * of them; the /64 is the client. IPv4 (and IPv4-mapped IPv6) stays one address per bucket.
 * Anything that is not an address is its own bucket, as before.
 */
export const addressBucket = (address: string): string => {
  if (!ipaddr.isValid(address)) return address
  const parsed = ipaddr.process(address)
  if (parsed.kind() === 'ipv4') return parsed.toString()
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/64`).toString()}/64`
}
