import { createServer, type Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { getRequestListener, RequestError } from '@hono/node-server'
import { PROBLEM_CONTENT_TYPE, problem } from '../lib/problem.ts'

type Fetch = Parameters<typeof getRequestListener>[0]

const reasons: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  413: 'Content Too Large',
  431: 'Request Header Fields Too Large',
}

/** Node refuses these before any request exists; the problem says why in the API's own form. */
const parseProblem = (error: NodeJS.ErrnoException) => {
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return problem(
      'headers-too-large',
      'the request line and headers are over 16 kB (a URL that long is refused too)',
    )
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return problem('request-timeout', 'the request took too long to arrive')
  return problem('bad-request', 'the request is not valid HTTP/1.1')
}

/**
 * Answers a request Node could not parse (headers over its 16 kB limit, malformed lines) with
 * problem+json instead of Node's bare status line, then closes the connection, as Node would.
 */
const answerClientError = (error: NodeJS.ErrnoException, socket: Duplex) => {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const answer = parseProblem(error)
  const body = JSON.stringify(answer)
  socket.end(
    [
      `HTTP/1.1 ${answer.status} ${reasons[answer.status] ?? 'Bad Request'}`,
      `content-type: ${PROBLEM_CONTENT_TYPE}`,
      `content-length: ${Buffer.byteLength(body)}`,
      'connection: close',
      '',
      body,
    ].join('\r\n'),
  )
}

/**
 * A request the adapter cannot turn into a URL (a backslash in the path, a percent-encoded or
 * otherwise invalid Host): 400 problem+json naming the fault. Anything else is the app's to
 * answer, so it is thrown on.
 */
const answerRequestError = (error: unknown): Response => {
  if (!(error instanceof RequestError)) throw error
  return new Response(JSON.stringify(problem('bad-request', error.message)), {
    status: 400,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE },
  })
}

/** The API's HTTP server: every refusal, even before routing, is problem+json. */
export const createNodeServer = (fetch: Fetch): Server => {
  const server = createServer(getRequestListener(fetch, { errorHandler: answerRequestError }))
  server.on('clientError', answerClientError)
  return server
}
