import type { RecordKind } from '@sitrep/domain'
import { hrefWith } from './query-params.ts'

/**
 * Where browsers reach the API, for the download links and the "API URL for this view": the
 * web server's own `SITREP_API_URL` unless the API is published elsewhere (`SITREP_PUBLIC_API_URL`).
 */
export const publicApiUrl = (): string =>
  (
    process.env.SITREP_PUBLIC_API_URL ||
    process.env.SITREP_API_URL ||
    'http://localhost:8787'
  ).replace(/\/+$/, '')

export const downloadFormats = ['csv', 'ndjson', 'geojson'] as const
export type DownloadFormat = (typeof downloadFormats)[number]

/**
 * The view's filters as the API takes them: the page URL's parameters (the same names, parsed by
 * the same schema) less the page position, with the kind a per-kind page stands for.
 */
export const viewFilters = (
  params: Readonly<Record<string, string>>,
  kind?: RecordKind,
): Record<string, string> => {
  const { cursor: _cursor, limit: _limit, ...filters } = params
  return kind ? { ...filters, kind } : filters
}

/** The API list a view reads (`/v1/records`, `/v1/search`, `/v1/disputes`) for exactly its filters, from its first page. */
export const apiUrlOf = (
  base: string,
  filters: Readonly<Record<string, string>>,
  path = '/v1/records',
): string => `${base}${hrefWith(path, filters)}`

/** `/v1/export` of every record in this view, in one format. */
export const exportUrlOf = (
  base: string,
  filters: Readonly<Record<string, string>>,
  format: DownloadFormat,
): string => `${base}${hrefWith('/v1/export', { format, ...filters })}`

/** The first and last day of a `YYYY-MM` month, or undefined when it is not one. */
export const monthRange = (month: string): { from: string; to: string } | undefined => {
  const match = /^(\d{4})-(\d{2})$/.exec(month)
  if (!match) return undefined
  const year = Number(match[1])
  const m = Number(match[2])
  if (m < 1 || m > 12) return undefined
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` }
}

/**
 * A page URL with `?month=` (the jump-to-month form) turned into the date range it stands for,
 * from the first page; undefined when the URL has no month to jump to.
 */
export const jumpTarget = (
  path: string,
  params: Readonly<Record<string, string>>,
): string | undefined => {
  const { month, cursor: _cursor, from: _from, to: _to, ...rest } = params
  if (month === undefined) return undefined
  const range = monthRange(month)
  return hrefWith(path, range ? { ...rest, ...range } : rest)
}
