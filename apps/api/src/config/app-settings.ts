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
})
export type AppSettings = z.infer<typeof AppSettings>
