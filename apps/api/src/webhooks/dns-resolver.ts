import { lookup } from 'node:dns/promises'
import type { HostResolver } from './public-addresses.ts'

/** The system resolver (getaddrinfo, as sockets use), every address of the name. */
export const dnsResolver: HostResolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }))
