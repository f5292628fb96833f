import { deriveFact } from '@sitrep/domain'
import type { Metadata } from 'next'
import Link from 'next/link'
import { FilterForm } from '../../components/filter-form.tsx'
import { Pager } from '../../components/pager.tsx'
import { QueryIssues } from '../../components/query-issues.tsx'
import { api, dictionaries } from '../../lib/api.ts'
import { formatFuzzyDate } from '../../lib/format-date.ts'
import { listedPage } from '../../lib/listed-page.ts'
import { flattenSearchParams, type RawSearchParams } from '../../lib/query-params.ts'
import { recordDate } from '../../lib/record-view.ts'
import { parseTalksParams } from './search-params.ts'

export const metadata: Metadata = { title: 'Talks' }

export default async function TalksPage(props: { searchParams: Promise<RawSearchParams> }) {
  const raw = await props.searchParams
  const { values, page, issues } = await listedPage(parseTalksParams(raw), (query) =>
    api.talks.list(query),
  )
  const dict = await dictionaries()
  return (
    <>
      <h1>Talks</h1>
      <FilterForm
        action="/talks"
        values={values}
        fields={['status', 'dates', 'actor', 'q']}
        dict={dict}
      />
      {issues ? <QueryIssues issues={issues} /> : null}
      {page ? (
        <div className="table-wrap">
          <table>
            <caption className="muted">Rounds in order, with the status their sources give</caption>
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
                const status = deriveFact(talk, 'status')
                const statusValue = status?.value ?? status?.positions[0]?.value
                return (
                  <tr key={talk.id}>
                    <td className="num">{talk.round}</td>
                    <td>
                      <Link href={`/talks/${encodeURIComponent(talk.id)}`}>{talk.title}</Link>
                    </td>
                    <td>{dict.place(talk.venueId)?.name ?? talk.venueId}</td>
                    <td>
                      {date ? formatFuzzyDate(date) : 'undated'}
                      {disputed ? <span className="badge disputed">disputed</span> : null}
                    </td>
                    <td>
                      {statusValue && 'status' in statusValue ? statusValue.status : 'unknown'}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          <Pager path="/talks" params={flattenSearchParams(raw)} nextCursor={page.nextCursor} />
        </div>
      ) : null}
    </>
  )
}
