import { z } from 'zod'
import { readSettings } from './read-settings.ts'

/** The webhook settings both entries read, beside (not inside) the shared AppSettings. */
export const WebhookSettings = z.object({
  /**
   * 32 bytes, base64: the key that seals subscription secrets at rest. The Node entry keeps one
   * in the data folder when unset; a Worker must be given it (a secret binding).
   */
  SITREP_WEBHOOK_KEY: z
    .string()
    .refine((v) => {
      try {
        return atob(v).length === 32
      } catch {
        return false
      }
    }, 'must be 32 bytes, base64-encoded (node -e "console.log(crypto.randomBytes(32).toString(\'base64\'))")')
    .optional(),
  /** Allows http and private or loopback targets: for development and tests only. */
  SITREP_WEBHOOK_ALLOW_PRIVATE: z.stringbool().default(false),
  /**
   * On SQLite, deliveries run on the server's event loop and connection (false) or on their own
   * thread and connection (true). The loop is the default: at load 2.5–3.5 the thread delivered
   * 1,560/s with the write p99 at 1.44× against 2,144/s and 1.35× (apps/api README).
   */
  SITREP_WEBHOOK_THREAD: z.stringbool().default(false),
  /** How long the Node entry's delivery loop sleeps when it finds nothing to do. */
  SITREP_WEBHOOK_IDLE_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
})
export type WebhookSettings = z.infer<typeof WebhookSettings>

export const readWebhookSettings = (env: Readonly<Record<string, unknown>>): WebhookSettings => {
  const read = readSettings(WebhookSettings, env)
  if ('problem' in read) throw new Error(`sitrep webhooks: ${read.problem}`)
  return read.config
}
