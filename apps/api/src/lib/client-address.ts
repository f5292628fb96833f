import type { Context } from 'hono'
import { type IpAddress, type IsTrusted, parsePlainAddress } from './trusted-proxies.ts'

/**
 * Who is calling, as the runtime the app runs under knows it; `undefined` when it cannot tell.
 * The entries provide it (the Node socket, Cloudflare's header), so `createApp` trusts no header
 * by itself.
 */
export type ClientAddress = (c: Context) => string | undefined

/** Some proxies (Azure's gateways, IIS) append the port: `203.0.113.7:4711`, `[2001:db8::1]:80`. */
const WITH_PORT = /^\[([^\]]+)\](?::\d+)?$|^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/

/** One `X-Forwarded-For` entry as an address, or nothing when it is not one. */
export const parseForwardedEntry = (entry: string): IpAddress | undefined => {
  const trimmed = entry.trim()
  const withPort = WITH_PORT.exec(trimmed)
  return parsePlainAddress(withPort ? (withPort[1] ?? withPort[2] ?? '') : trimmed)
}

/**
 * The client behind a chain of proxies, read the way proxy-addr and nginx's realip module do:
 * only a trusted peer's `X-Forwarded-For` counts, and it is walked from the right (each proxy
 * appends the address it was called from), skipping trusted hops, up to the first address
 * that is not a trusted proxy. Everything left of that was written by the client and could be
 * anything. When every hop is trusted the left-most is the furthest one known. An entry that is
 * not an address stops the walk at the last hop that was one: a trusted proxy handed it over,
 * and nothing beyond it can be verified.
 */
export const resolveClientAddress = (
  peer: string | undefined,
  forwardedFor: string | undefined,
  isTrusted: IsTrusted,
): string | undefined => {
  const connected = peer === undefined ? undefined : parsePlainAddress(peer)
  if (!connected) return undefined
  if (!isTrusted(connected) || forwardedFor === undefined) return connected.toString()
  let nearest = connected
  for (const entry of forwardedFor.split(',').reverse()) {
    const hop = parseForwardedEntry(entry)
    if (!hop) break
    if (!isTrusted(hop)) return hop.toString()
    nearest = hop
  }
  return nearest.toString()
}

/** A `ClientAddress` for a server that knows its peer and believes `isTrusted` proxies. */
export const behindTrustedProxies =
  (peerOf: (c: Context) => string | undefined, isTrusted: IsTrusted): ClientAddress =>
  (c) =>
    resolveClientAddress(peerOf(c), c.req.header('x-forwarded-for'), isTrusted)
