import { deriveFacts, tightestClaim } from '@sitrep/domain'
import type { Metadata } from 'next'
import Link from 'next/link'
import { BarChart } from '../../components/bar-chart.tsx'
import { FacetPanel } from '../../components/facet-panel.tsx'
import { FilterForm } from '../../components/filter-form.tsx'
import { Pager } from '../../components/pager.tsx'
import { QueryIssues } from '../../components/query-issues.tsx'
import { RecordTotal } from '../../components/record-total.tsx'
import { ViewTools } from '../../components/view-tools.tsx'
import { aidTotalsByCategory, aidTotalsByDonor } from '../../lib/aid-totals.ts'
import { api, dictionaries } from '../../lib/api.ts'
import { formatEur, formatEurAmount, formatStatedMoney } from '../../lib/format-quantity.ts'
import { listParams } from '../../lib/jump-to-month.ts'
import { inListOrder } from '../../lib/list-order.ts'
import { listedPage } from '../../lib/listed-page.ts'
import type { RawSearchParams } from '../../lib/query-params.ts'
import { recordHref } from '../../lib/record-view.ts'
import { parseAidParams } from './search-params.ts'

export const metadata: Metadata = { title: 'Aid' }

export default async function AidPage(props: { searchParams: Promise<RawSearchParams> }) {
  const raw = await props.searchParams
  const params = listParams('/aid', raw)
  const { values, page, issues } = await listedPage(parseAidParams(raw), (query) =>
    api.aid.list({ ...inListOrder(query), facets: ['dataset', 'disputed'] }),
  )
  const dict = await dictionaries()
  const records = page?.items.map((i) => i.record) ?? []
  const totals = aidTotalsByDonor(records, (id) => dict.actor(id)?.name ?? id)
  return (
    <>
      <h1>Aid</h1>
      <p className="muted">
        Requests, pledges and deliveries. Money is shown as the source stated it and as a euro value
        with the date of the rate used.
      </p>
      <FilterForm
        action="/aid"
        values={values}
        fields={['stage', 'category', 'actor', 'dates', 'q', 'sort']}
        dict={dict}
      />
      <FacetPanel path="/aid" params={params} facets={page?.facets ?? {}} />
      <ViewTools path="/aid" params={params} kind="aid" />
      {issues ? <QueryIssues issues={issues} /> : null}
      <RecordTotal page={page} />
      <div className="table-wrap">
        <table className="stack">
          <caption className="muted">Aid records on this page</caption>
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Stage</th>
              <th scope="col">Category</th>
              <th scope="col">Donors</th>
              <th scope="col">As stated</th>
              <th scope="col">In euros</th>
            </tr>
          </thead>
          <tbody>
            {records.map((aid) => {
              const money = deriveFacts(aid).find((f) => f.fact === 'money')
              const [first, ...rest] = money?.positions[0]?.claims ?? []
              const claim = first && tightestClaim([first, ...rest])
              return (
                <tr key={aid.id}>
                  <td>
                    <Link href={recordHref(aid.id)}>{aid.title}</Link>
                  </td>
                  <td data-label="Stage">{aid.stage}</td>
                  <td data-label="Category">{aid.category}</td>
                  <td data-label="Donors">
                    {aid.donorIds.map((id) => dict.actor(id)?.name ?? id).join(', ') || '—'}
                  </td>
                  <td data-label="As stated">
                    {claim?.fact === 'money' ? formatStatedMoney(claim.value) : 'no amount'}
                  </td>
                  <td data-label="In euros">
                    {claim?.fact === 'money' ? formatEur(claim.value) : '—'}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {page ? <Pager path="/aid" params={params} nextCursor={page.nextCursor} /> : null}
      <h2>By category and stage</h2>
      <BarChart
        title="Least euro value the sources state, by category and stage"
        bars={aidTotalsByCategory(records).map((t) => ({
          label: `${t.label} · ${t.stage}`,
          value: t.eur,
          display: t.eur ? `≥ ${formatEurAmount(t.eur)}` : `${t.records} without amount`,
        }))}
      />
      <h2>By donor and stage</h2>
      <BarChart
        title="Least euro value the sources state, by donor and stage (joint pledges split evenly)"
        bars={totals.map((t) => ({
          label: `${t.label} · ${t.stage}`,
          value: t.eur,
          display: t.eur ? `≥ ${formatEurAmount(t.eur)}` : `${t.records} without amount`,
        }))}
      />
    </>
  )
}
