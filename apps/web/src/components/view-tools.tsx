import type { RecordKind } from '@sitrep/domain'
import {
  apiUrlOf,
  downloadFormats,
  exportUrlOf,
  publicApiUrl,
  viewFilters,
} from '../lib/view-urls.ts'
import { CopyField } from './copy-field.tsx'

const formatNames = { csv: 'CSV', ndjson: 'NDJSON', geojson: 'GeoJSON' } as const

interface Props {
  readonly path: string
  /** The page URL's parameters. */
  readonly params: Readonly<Record<string, string>>
  /** The kind a per-kind page lists. */
  readonly kind?: RecordKind
  /** The API list the page reads, when not `/v1/records`. */
  readonly apiPath?: string
  /** Filters the downloads add to the view's: the disputes page exports `disputed=true` records. */
  readonly exportFilters?: Readonly<Record<string, string>>
}

/**
 * Jump to a month, download the view, and its API URL: a plain GET form and links, so each works
 * without JavaScript. The month form is read back by the page (`jumpTarget`), which answers with
 * the month's date range in the URL.
 */
export function ViewTools({ path, params, kind, apiPath, exportFilters }: Props) {
  const filters = viewFilters(params, kind)
  const base = publicApiUrl()
  const { cursor: _c, from, to: _t, month: _m, ...kept } = params
  return (
    <div className="view-tools">
      <form action={path} method="get" className="month-jump" aria-label="Jump to a month">
        {Object.entries(kept).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label>
          <span>Jump to month</span>
          <input type="month" name="month" defaultValue={from?.slice(0, 7) ?? ''} min="2014-01" />
        </label>
        <button type="submit">Go</button>
      </form>
      <p className="downloads">
        Download this view:{' '}
        {downloadFormats.map((format, i) => (
          <span key={format}>
            {i > 0 ? ' · ' : null}
            <a href={exportUrlOf(base, { ...filters, ...exportFilters }, format)} download>
              {formatNames[format]}
            </a>
          </span>
        ))}
      </p>
      <div className="api-url">
        <CopyField label="API URL for this view" value={apiUrlOf(base, filters, apiPath)} />
      </div>
    </div>
  )
}
