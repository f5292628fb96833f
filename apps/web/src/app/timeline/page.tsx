import type { Metadata } from 'next'
import { FacetPanel } from '../../components/facet-panel.tsx'
import { FilterForm } from '../../components/filter-form.tsx'
import { Pager } from '../../components/pager.tsx'
import { QueryIssues } from '../../components/query-issues.tsx'
import { RecordCard } from '../../components/record-card.tsx'
import { ViewTools } from '../../components/view-tools.tsx'
import { api, dictionaries } from '../../lib/api.ts'
import { listParams } from '../../lib/jump-to-month.ts'
import { countOf, inListOrder, pageTotal } from '../../lib/list-order.ts'
import { listedPage } from '../../lib/listed-page.ts'
import type { RawSearchParams } from '../../lib/query-params.ts'
import { parseRecordsParams } from './search-params.ts'

export const metadata: Metadata = { title: 'Timeline' }

/** Every kind's records (`/v1/records`), shown to users as the Timeline. */
export default async function RecordsPage(props: { searchParams: Promise<RawSearchParams> }) {
  const raw = await props.searchParams
  const params = listParams('/timeline', raw)
  const { values, page, issues } = await listedPage(parseRecordsParams(raw), (query) =>
    api.records.list({
      ...inListOrder(query),
      facets: ['kind', 'oblast', 'attacker', 'weapon', 'dataset', 'disputed'],
    }),
  )
  const dict = await dictionaries()
  const total = pageTotal(page)
  return (
    <>
      <h1>Timeline</h1>
      <FilterForm
        action="/timeline"
        values={values}
        fields={['kind', 'dates', 'place', 'actor', 'status', 'q', 'sort']}
        dict={dict}
      />
      <FacetPanel path="/timeline" params={params} facets={page?.facets ?? {}} />
      <ViewTools path="/timeline" params={params} />
      {issues ? <QueryIssues issues={issues} /> : null}
      {page ? (
        <section aria-labelledby="results">
          <h2 id="results">
            {page.items.length === 0
              ? 'No records match these filters'
              : total !== undefined
                ? countOf(total, 'record')
                : `${page.items.length}${page.nextCursor ? '+' : ''} records`}
          </h2>
          <ol className="cards" data-testid="timeline-list">
            {page.items.map(({ record }) => (
              <li key={record.id}>
                <RecordCard record={record} dict={dict} />
              </li>
            ))}
          </ol>
          <Pager path="/timeline" params={params} nextCursor={page.nextCursor} />
        </section>
      ) : null}
    </>
  )
}
