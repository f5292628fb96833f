import { resolve } from 'node:path'
import { readPostgresUrl } from '@sitrep/store/node'
import { defaultReadThreads } from '@sitrep/store/read-pool'
import { z } from 'zod'
import { isProxyEntry } from '../lib/trusted-proxies.ts'
import { AppSettings } from './app-settings.ts'
import { readSettings } from './read-settings.ts'

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

/** Checked as the driver reads it, so a bad URL stops start-up with exit 64, not a crash. */
const readsAsPostgres = (url: string): boolean => {
  try {
    readPostgresUrl(url)
    return true
  } catch {
    return false
  }
}

/** What the Node entry and every command line read: the shared settings and Node's own. */
export const NodeConfig = AppSettings.extend({
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a port number')
    .min(1, 'must be a port number from 1 to 65535')
    .max(65_535, 'must be a port number from 1 to 65535')
    .default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Made absolute by readNodeConfig. */
  SITREP_DATA_DIR: z.string().min(1).default('./data'),
  /**
   * SQLite: worker threads answering reads, so one slow query never blocks the event loop and
   * both cores serve. Default one per core, at most four; 0 answers reads on the main thread.
   */
  SITREP_READ_THREADS: z.coerce.number().int().min(0).max(64).default(defaultReadThreads()),
  /** A read running longer than this answers 503 with Retry-After instead of starving others. */
  SITREP_QUERY_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /**
   * Worker threads reading ingested articles, so a long article never blocks the event loop;
   * 0 reads them on the main thread (no budget then).
   */
  SITREP_EXTRACT_THREADS: z.coerce.number().int().min(0).max(16).default(1),
  /** An article whose extraction runs longer than this gets 422 and its thread is stopped. */
  SITREP_INGEST_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  SITREP_TRUSTED_PROXIES: TrustedProxies.default(['127.0.0.1', '::1']),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .refine(readsAsPostgres, 'is not a URL the PostgreSQL driver reads (the value is not shown)')
    .optional(),
})
export type NodeConfig = z.infer<typeof NodeConfig>

/** The environment as every Node entry reads it (server, keys, data import), or what is wrong. */
export const readNodeConfig = (
  env: NodeJS.ProcessEnv = process.env,
): { config: NodeConfig } | { problem: string } => {
  const read = readSettings(NodeConfig, env)
  if ('problem' in read) return read
  // Relative to where the command was typed (npm's INIT_CWD), not to this package: `npm start`
  // at the repository's root keeps its database in the root's data/.
  const base = env.INIT_CWD ?? process.cwd()
  return {
    config: { ...read.config, SITREP_DATA_DIR: resolve(base, read.config.SITREP_DATA_DIR) },
  }
}

/**
 * For an entry's top level (the server, each command line): the configuration, or what is wrong
 * with it on stderr and exit 64, before any database is opened.
 */
export const nodeConfigOrExit = (who: string): NodeConfig => {
  const read = readNodeConfig()
  if ('config' in read) return read.config
  console.error(`${who}: ${read.problem}`)
  return process.exit(64)
}
