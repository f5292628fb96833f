import type { Statement } from '@sitrep/domain'
import type { Metadata } from 'next'
import { asserterName } from '../../components/asserter-name.tsx'
import { FacetPanel } from '../../components/facet-panel.tsx'
import { FilterForm } from '../../components/filter-form.tsx'
import { Pager } from '../../components/pager.tsx'
import { QueryIssues } from '../../components/query-issues.tsx'
import { RecordTotal } from '../../components/record-total.tsx'
import { StatementCard } from '../../components/statement-card.tsx'
import { ViewTools } from '../../components/view-tools.tsx'
import { api, type Dictionaries, dictionaries } from '../../lib/api.ts'
import { listParams } from '../../lib/jump-to-month.ts'
import { inListOrder } from '../../lib/list-order.ts'
import { listedPage } from '../../lib/listed-page.ts'
import type { RawSearchParams } from '../../lib/query-params.ts'
import { recordTitles } from '../../lib/record-titles.ts'
import { parseStatementsParams } from './search-params.ts'

export const metadata: Metadata = { title: 'Statements' }

/** The page's statements grouped by speaker, speakers in order of first appearance. */
const bySpeaker = (statements: readonly Statement[], dict: Dictionaries) => {
  const groups = new Map<string, Statement[]>()
  for (const s of statements) {
    const name = asserterName(s.speaker, dict)
    groups.set(name, [...(groups.get(name) ?? []), s])
  }
  return [...groups]
}

export default async function StatementsPage(props: { searchParams: Promise<RawSearchParams> }) {
  const raw = await props.searchParams
  const params = listParams('/statements', raw)
  const { values, page, issues } = await listedPage(parseStatementsParams(raw), (query) =>
    api.statements.list({ ...inListOrder(query), facets: ['dataset', 'disputed'] }),
  )
  const dict = await dictionaries()
  const titles = await recordTitles(page?.items.flatMap((i) => i.record.aboutIds) ?? [])
  return (
    <>
      <h1>Statements</h1>
      <p className="muted">
        Words in quotation marks are shown as quotes; a reporter’s rendering as a paraphrase. Each
        speaker carries the role they held on the day.
      </p>
      <FilterForm
        action="/statements"
        values={values}
        fields={['actor', 'dates', 'q', 'sort']}
        dict={dict}
      />
      <FacetPanel path="/statements" params={params} facets={page?.facets ?? {}} />
      <ViewTools path="/statements" params={params} kind="statement" />
      {issues ? <QueryIssues issues={issues} /> : null}
      <RecordTotal page={page} />
      {page ? (
        <>
          {bySpeaker(
            page.items.map((i) => i.record),
            dict,
          ).map(([speaker, statements]) => (
            <section key={speaker} aria-label={`Statements by ${speaker}`}>
              <h2>{speaker}</h2>
              <ul className="cards">
                {statements.map((record) => (
                  <li key={record.id}>
                    <StatementCard statement={record} dict={dict} titles={titles} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {page.items.length === 0 ? <p>No statements match these filters.</p> : null}
          <Pager path="/statements" params={params} nextCursor={page.nextCursor} />
        </>
      ) : null}
    </>
  )
}
