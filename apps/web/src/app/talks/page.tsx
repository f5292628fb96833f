import { venueLabel } from '@sitrep/domain'
import type { Metadata } from 'next'
import Link from 'next/link'
import { FacetPanel } from '../../components/facet-panel.tsx'
import { FilterForm } from '../../components/filter-form.tsx'
import { Pager } from '../../components/pager.tsx'
import { QueryIssues } from '../../components/query-issues.tsx'
import { RecordTotal } from '../../components/record-total.tsx'
import { TalkStatusText } from '../../components/talk-status-text.tsx'
import { ViewTools } from '../../components/view-tools.tsx'
import { api, dictionaries } from '../../lib/api.ts'
import { formatFuzzyDate } from '../../lib/format-date.ts'
import { listParams } from '../../lib/jump-to-month.ts'
import { inListOrder } from '../../lib/list-order.ts'
import { listedPage } from '../../lib/listed-page.ts'
import type { RawSearchParams } from '../../lib/query-params.ts'
import { recordDate } from '../../lib/record-view.ts'
import { parseTalksParams } from './search-params.ts'

export const metadata: Metadata = { title: 'Talks' }

export default async function TalksPage(props: { searchParams: Promise<RawSearchParams> }) {
  const raw = await props.searchParams
  const params = listParams('/talks', raw)
  const { values, page, issues } = await listedPage(parseTalksParams(raw), (query) =>
    api.talks.list({ ...inListOrder(query), facets: ['oblast', 'disputed'] }),
  )
  const dict = await dictionaries()
  return (
    <>
      <h1>Talks</h1>
      <FilterForm
        action="/talks"
        values={values}
        fields={['status', 'dates', 'actor', 'q', 'sort']}
        dict={dict}
      />
      <FacetPanel path="/talks" params={params} facets={page?.facets ?? {}} />
      <ViewTools path="/talks" params={params} kind="talk" />
      {issues ? <QueryIssues issues={issues} /> : null}
      <RecordTotal page={page} />
      {page ? (
        <div className="table-wrap">
          <table className="stack">
            <caption className="muted">Rounds with the status their sources give</caption>
            <thead>
              <tr>
                <th scope="col">Round</th>
                <th scope="col">Talks</th>
                <th scope="col">Venue</th>
                <th scope="col">Date</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map(({ record: talk }) => {
                const { date, disputed } = recordDate(talk)
                return (
                  <tr key={talk.id}>
                    <td className="num" data-label="Round">
                      {talk.round}
                    </td>
                    <td>
                      <Link href={`/talks/${encodeURIComponent(talk.id)}`}>{talk.title}</Link>
                    </td>
                    <td data-label="Venue">
                      {venueLabel(talk.venueId, (id) => dict.place(id)?.name)}
                    </td>
                    <td data-label="Date">
                      {date ? formatFuzzyDate(date) : 'undated'}
                      {disputed ? <span className="badge disputed">disputed</span> : null}
                    </td>
                    <td data-label="Status">
                      <TalkStatusText talk={talk} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          <Pager path="/talks" params={params} nextCursor={page.nextCursor} />
        </div>
      ) : null}
    </>
  )
}
