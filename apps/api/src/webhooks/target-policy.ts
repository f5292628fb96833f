import ipaddr from 'ipaddr.js'

/** Names that only mean something inside a network (RFC 6761, RFC 8375, common practice). */
const INTERNAL_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa', '.intranet']

/**
 * Why a webhook target must be refused, or undefined when it may be called. A subscription must
 * not turn the API into a way to reach its own network: https only, and no loopback, private,
 * link-local or otherwise non-public address, unless the server allows private targets
 * (`SITREP_WEBHOOK_ALLOW_PRIVATE=true`, for development and tests). Names are judged here as
 * written, in both entries; the Node entry also resolves them (`public-addresses.ts`) when a
 * subscription is made or changed and again where each delivery's socket connects.
 */
export const refusedTarget = (target: string, allowPrivate: boolean): string | undefined => {
  let url: URL
  try {
    url = new URL(target)
  } catch {
    return 'not a URL'
  }
  if (url.username || url.password) return 'credentials in the URL are not allowed'
  if (allowPrivate)
    return url.protocol === 'https:' || url.protocol === 'http:' ? undefined : 'not http(s)'
  if (url.protocol !== 'https:') return 'the target must be https'
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  if (ipaddr.isValid(host)) {
    const range = ipaddr.process(host).range()
    return range === 'unicast' ? undefined : `the target address is ${range}, not public`
  }
  if (host === 'localhost' || !host.includes('.')) return 'the target host is not a public name'
  if (INTERNAL_SUFFIXES.some((suffix) => host.endsWith(suffix)))
    return 'the target host is not a public name'
  return undefined
}
