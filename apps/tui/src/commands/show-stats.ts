import { type ClientOptions, send } from '@sitrep/client'

/**
 * `/v1/stats`. Printed generically (nested keys as dotted paths) so the command keeps working as
 * the stats document grows; `--json` hands the document on unchanged.
 */
export const fetchStats = async (options: ClientOptions): Promise<unknown> =>
  (await send(options, 'v1/stats')).json()

const flatten = (value: unknown, path: string, out: string[]) => {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value))
      flatten(inner, path ? `${path}.${key}` : key, out)
  } else if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    out.push(`${path}: ${value.join(', ')}`)
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      flatten(v, `${path}[${i}]`, out)
    })
  } else out.push(`${path}: ${String(value)}`)
}

export const describeStats = (stats: unknown): string => {
  const out: string[] = []
  flatten(stats, '', out)
  return out.join('\n')
}
