import { resolve } from 'node:path'
import { describeIssues } from '@sitrep/domain'
import { defaultReadThreads } from '@sitrep/store/read-pool'
import { z } from 'zod'
import { isProxyEntry } from '../lib/trusted-proxies.ts'

/**
 * Comma-separated addresses and CIDR ranges whose `X-Forwarded-For` the API believes. The
 * default is loopback, where `npm start` runs the web server beside the API.
 */
const TrustedProxies = z.string().transform((list, ctx) => {
  const entries = list.split(',').map((entry) => entry.trim())
  const bad = entries.filter((entry) => !isProxyEntry(entry))
  if (bad.length > 0)
    ctx.issues.push({
      code: 'custom',
      input: list,
      message: `not an IP address or CIDR range: ${bad.map((entry) => `"${entry}"`).join(', ')} (write, for example, 127.0.0.1,::1,10.0.0.0/8)`,
    })
  return entries
})

/** The settings the Node entry reads, with the defaults the README promises. */
export const NodeConfig = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Made absolute by readNodeConfig. */
  SITREP_DATA_DIR: z.string().min(1).default('./data'),
  /** Requests per client per minute; 0 turns limiting off (benchmarks, trusted networks). */
  SITREP_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** `true` makes reads need a key too. */
  SITREP_REQUIRE_KEY_FOR_READS: z.enum(['true', 'false']).default('false'),
  /**
   * SQLite: worker threads answering reads, so one slow query never blocks the event loop and
   * both cores serve. Default one per core, at most four; 0 answers reads on the main thread.
   */
  SITREP_READ_THREADS: z.coerce.number().int().min(0).max(64).default(defaultReadThreads()),
  /** A read running longer than this answers 503 with Retry-After instead of starving others. */
  SITREP_QUERY_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  SITREP_TRUSTED_PROXIES: TrustedProxies.default(['127.0.0.1', '::1']),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
})
export type NodeConfig = z.infer<typeof NodeConfig>

/**
 * The environment as every Node entry reads it (server, keys, data import), or what is wrong
 * with it. An empty variable counts as unset, as shells and CI files often leave them.
 */
export const readNodeConfig = (
  env: NodeJS.ProcessEnv = process.env,
): { config: NodeConfig } | { problem: string } => {
  const parsed = NodeConfig.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')),
  )
  if (!parsed.success) return { problem: `bad configuration: ${describeIssues(parsed.error)}` }
  // Relative to where the command was typed (npm's INIT_CWD), not to this package: `npm start`
  // at the repository's root keeps its database in the root's data/.
  const base = env.INIT_CWD ?? process.cwd()
  return { config: { ...parsed.data, SITREP_DATA_DIR: resolve(base, parsed.data.SITREP_DATA_DIR) } }
}
