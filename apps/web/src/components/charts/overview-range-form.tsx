import type { StatsBucket } from '@sitrep/domain'

interface Props {
  readonly from?: string
  readonly to?: string
  readonly bucket?: StatsBucket
}

/**
 * The charts' period and bucket as a plain GET form: typed dates land in the URL, so every view
 * is a link and no script is needed. An empty bucket lets the range choose it.
 */
export function OverviewRangeForm({ from, to, bucket }: Props) {
  return (
    <form action="/" method="get" className="filters" aria-label="Period">
      <label>
        <span>From</span>
        <input type="date" name="from" defaultValue={from ?? ''} />
      </label>
      <label>
        <span>To</span>
        <input type="date" name="to" defaultValue={to ?? ''} />
      </label>
      <label>
        <span>Charts by</span>
        <select name="bucket" defaultValue={bucket ?? ''}>
          <option value="">the range (day, week or month)</option>
          <option value="day">day</option>
          <option value="week">week</option>
          <option value="month">month</option>
        </select>
      </label>
      <div className="actions">
        <button type="submit">Show period</button>
        <a href="/">Whole war</a>
      </div>
    </form>
  )
}
