import type { Metadata } from 'next'
import Link from 'next/link'
import { FactPositions } from '../../components/fact-positions.tsx'
import { FilterForm } from '../../components/filter-form.tsx'
import { Pager } from '../../components/pager.tsx'
import { QueryIssues } from '../../components/query-issues.tsx'
import { ViewTools } from '../../components/view-tools.tsx'
import { api, dictionaries, sourceIndex } from '../../lib/api.ts'
import { listParams } from '../../lib/jump-to-month.ts'
import { listedPage } from '../../lib/listed-page.ts'
import type { RawSearchParams } from '../../lib/query-params.ts'
import { kindLabels, recordHref } from '../../lib/record-view.ts'
import { parseDisputesParams } from './search-params.ts'

export const metadata: Metadata = { title: 'Disputes' }

export default async function DisputesPage(props: { searchParams: Promise<RawSearchParams> }) {
  const raw = await props.searchParams
  const params = listParams('/disputes', raw)
  const { values, page, issues } = await listedPage(parseDisputesParams(raw), (query) =>
    api.disputes(query),
  )
  const [dict, sources] = await Promise.all([dictionaries(), sourceIndex()])
  return (
    <>
      <h1>Disputes</h1>
      <p className="muted">
        Every fact whose sources make claims that cannot all be true, the positions side by side.
        Counts with different scopes (a city and the whole country) are different facts, not
        disputes.
      </p>
      <FilterForm
        action="/disputes"
        values={values}
        fields={['kind', 'dates', 'place', 'actor']}
        dict={dict}
      />
      <ViewTools
        path="/disputes"
        params={params}
        apiPath="/v1/disputes"
        exportFilters={{ disputed: 'true' }}
      />
      {issues ? <QueryIssues issues={issues} /> : null}
      {page?.items.length === 0 ? <p>No disputed facts among these records.</p> : null}
      {page?.items.map((fact) => (
        <section
          key={`${fact.recordId}|${fact.fact}|${fact.key}`}
          className="fact"
          aria-label={`${fact.title}: ${fact.fact}`}
        >
          <h2>
            <Link href={recordHref(fact.recordId)}>{fact.title}</Link>
            <span className="badge">{kindLabels[fact.kind]}</span>
            <span className="badge disputed">{fact.fact} disputed</span>
          </h2>
          <FactPositions fact={fact} dict={dict} sources={sources} />
        </section>
      ))}
      {page ? <Pager path="/disputes" params={params} nextCursor={page.nextCursor} /> : null}
    </>
  )
}
