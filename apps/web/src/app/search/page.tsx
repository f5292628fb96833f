import type { Metadata } from 'next'
import { FilterForm } from '../../components/filter-form.tsx'
import { Pager } from '../../components/pager.tsx'
import { QueryIssues } from '../../components/query-issues.tsx'
import { RecordCard } from '../../components/record-card.tsx'
import { ViewTools } from '../../components/view-tools.tsx'
import { api, dictionaries } from '../../lib/api.ts'
import { listParams } from '../../lib/jump-to-month.ts'
import { listedPage } from '../../lib/listed-page.ts'
import type { RawSearchParams } from '../../lib/query-params.ts'
import { parseSearchPageParams } from './search-params.ts'

export const metadata: Metadata = { title: 'Search' }

export default async function SearchPage(props: { searchParams: Promise<RawSearchParams> }) {
  const raw = await props.searchParams
  const params = listParams('/search', raw)
  const { values, page, issues } = await listedPage(parseSearchPageParams(raw), (query) =>
    query.q ? api.search(query.q, query) : undefined,
  )
  const dict = await dictionaries()
  const q = 'q' in values ? values.q : undefined
  return (
    <>
      <h1>Search</h1>
      <FilterForm action="/search" values={values} fields={['q', 'kind', 'dates']} dict={dict} />
      <ViewTools path="/search" params={params} apiPath="/v1/search" />
      {issues ? <QueryIssues issues={issues} /> : null}
      {page ? (
        <section aria-labelledby="results">
          <h2 id="results">
            {page.items.length === 0 ? `Nothing matches “${q}”` : `Results for “${q}”, best first`}
          </h2>
          <ol className="cards">
            {page.items.map(({ record }) => (
              <li key={record.id}>
                <RecordCard record={record} dict={dict} />
              </li>
            ))}
          </ol>
          <Pager path="/search" params={params} nextCursor={page.nextCursor} />
        </section>
      ) : (
        <p className="muted">Titles, summaries, statements and the quoted evidence are searched.</p>
      )}
    </>
  )
}
