import type { Server } from 'node:http'

/**
 * Stops a server the way a deploy expects: no new connections, requests in flight answered,
 * then `close` (the store, whose read threads end with no task cut short). Each response sent
 * to a request that arrived after the signal says `Connection: close`, so a keep-alive client —
 * a load balancer, a benchmark — lets its connection go after one more request instead of
 * holding the server open until the grace period cuts it (Node keeps such connections alive). Connections still open after `graceMs` are cut.
 */
export const gracefulShutdown = (
  server: Server,
  close: () => Promise<void>,
  graceMs = 5000,
): Promise<void> => {
  server.on('request', (_req, res) => {
    if (!res.headersSent) res.setHeader('connection', 'close')
  })
  let closing: Promise<void> | undefined
  const closeOnce = () => {
    closing ??= close()
    return closing
  }
  return new Promise<void>((done, fail) => {
    const cut = setTimeout(() => {
      server.closeAllConnections()
      closeOnce().then(done, fail)
    }, graceMs)
    cut.unref()
    server.close(() => {
      clearTimeout(cut)
      closeOnce().then(done, fail)
    })
    server.closeIdleConnections()
  })
}
