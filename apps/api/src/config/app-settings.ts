import { DEFAULT_IMPORT_LIMITS } from '@sitrep/store'
import { z } from 'zod'

/**
 * `true` or `false`, spelled out: a typo such as `ture` must stop the server rather than quietly
 * leave reads public.
 */
const Switch = z
  .enum(['true', 'false'], { error: 'must be true or false' })
  .transform((value) => value === 'true')

/** An origin as browsers send it: scheme, host and port, nothing after. */
const isOrigin = (entry: string): boolean => {
  if (!/^https?:\/\/[^/?#]+$/i.test(entry)) return false
  return URL.canParse(entry)
}

/** `*` for any origin, or comma-separated origins (`https://desk.example,http://localhost:3000`). */
const CorsOrigins = z.string().transform((list, ctx): '*' | string[] => {
  if (list.trim() === '*') return '*'
  const entries = list.split(',').map((entry) => entry.trim())
  const bad = entries.filter((entry) => !isOrigin(entry))
  if (bad.length > 0)
    ctx.issues.push({
      code: 'custom',
      input: list,
      message: `not an origin: ${bad.map((entry) => `"${entry}"`).join(', ')} (write * or, for example, https://desk.example,http://localhost:3000)`,
    })
  return entries
})

/** A positive whole number with a documented default. */
const Count = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .default(fallback)

/**
 * The settings both entries read, Node's and the Worker's, so a deployment behaves the same on
 * either. Web-standard only: the Worker bundle imports this file.
 */
export const AppSettings = z.object({
  /** Reads need a key too (reader role). */
  SITREP_REQUIRE_KEY_FOR_READS: Switch.default(false),
  /** Origins allowed to call the API from a browser. */
  SITREP_CORS_ORIGINS: CorsOrigins.default('*'),
  /** Requests per client per minute; 0 turns limiting off (benchmarks, trusted networks). */
  SITREP_RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be 0 (off) or more')
    .default(600),
  /** One `/v1/import` body: bytes, bytes of a line, lines. */
  SITREP_IMPORT_MAX_BYTES: Count(DEFAULT_IMPORT_LIMITS.maxBytes),
  SITREP_IMPORT_MAX_LINE_BYTES: Count(DEFAULT_IMPORT_LIMITS.maxLineBytes),
  SITREP_IMPORT_MAX_LINES: Count(DEFAULT_IMPORT_LIMITS.maxLines),
  /** `/v1/stream` connections one client may hold open at once. */
  SITREP_MAX_STREAMS_PER_CLIENT: Count(20),
})
export type AppSettings = z.infer<typeof AppSettings>
