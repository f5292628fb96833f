import { getConnInfo } from '@hono/node-server/conninfo'
import { behindTrustedProxies, type ClientAddress } from '../lib/client-address.ts'
import { trustedProxies } from '../lib/trusted-proxies.ts'

/**
 * The Node server's caller: the socket's peer, or, when that peer is one of `trusted` (a proxy
 * or the web server), the client its `X-Forwarded-For` names. Only requests served by
 * @hono/node-server have a socket, so this belongs to the Node entry alone.
 */
export const nodeClientAddress = (trusted: readonly string[]): ClientAddress =>
  behindTrustedProxies((c) => getConnInfo(c).remote.address, trustedProxies(trusted))
