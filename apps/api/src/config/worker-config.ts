import { AppSettings } from './app-settings.ts'
import { readSettings } from './read-settings.ts'

/**
 * A Worker's `[vars]` read through the same schema as Node's environment. A bad value throws on
 * the first request, with the variable named, rather than serving with a default.
 */
export const readWorkerConfig = (env: Readonly<Record<string, unknown>>): AppSettings => {
  const read = readSettings(AppSettings, env)
  if ('problem' in read) throw new Error(`sitrep worker: ${read.problem}`)
  return read.config
}
