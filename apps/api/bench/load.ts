import autocannon from 'autocannon'
import { groupCpuSeconds, loadAverage } from './cpu.ts'

export interface LoadResult {
  readonly requestsPerSecond: number
  readonly p50ms: number
  readonly p99ms: number
  readonly errors: number
  /** Server CPU per answered request (all its processes), ms; absent off Linux. */
  readonly cpuMsPerRequest?: number
  /** The machine's 1-minute load average when the run ended. */
  readonly load: number
}

export interface LoadOptions {
  readonly connections: number
  readonly seconds: number
  /** The server's process group, whose CPU is read before and after. */
  readonly pgid?: number
}

/**
 * Drives the server with `connections` clients for `seconds`. Given many paths, each request
 * takes the next one in turn, so a path comes back only after all the others.
 */
export const drive = async (
  origin: string,
  paths: readonly string[],
  options: LoadOptions,
): Promise<LoadResult> => {
  let next = 0
  const cpuBefore = options.pgid === undefined ? undefined : groupCpuSeconds(options.pgid)
  const result = await autocannon({
    url: origin,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    requests: [
      {
        setupRequest: (request) => {
          const path = paths[next % paths.length] ?? '/'
          next += 1
          return { ...request, path }
        },
      },
    ],
  })
  const cpuAfter = options.pgid === undefined ? undefined : groupCpuSeconds(options.pgid)
  const answered = result.requests.total
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors + result.non2xx,
    ...(cpuBefore !== undefined &&
      cpuAfter !== undefined &&
      answered > 0 && { cpuMsPerRequest: ((cpuAfter - cpuBefore) * 1000) / answered }),
    load: loadAverage(),
  }
}
