import { scopePhrase } from '@sitrep/domain'
import type { Metadata } from 'next'
import { FilterForm } from '../../components/filter-form.tsx'
import { QueryIssues } from '../../components/query-issues.tsx'
import { api, dictionaries } from '../../lib/api.ts'
import type { RawSearchParams } from '../../lib/query-params.ts'
import './brief.css'
import { BriefView } from './brief-view.tsx'
import { defaultPeriod, parseBriefParams } from './search-params.ts'

export const metadata: Metadata = { title: 'Situation brief' }

/**
 * The situation brief for a period (the week to today by default), filtered by place, actor and
 * kind from the URL: every sentence footnoted to the claims behind it. Prints cleanly to PDF.
 */
export default async function BriefPage(props: { searchParams: Promise<RawSearchParams> }) {
  const parsed = parseBriefParams(await props.searchParams)
  const dict = await dictionaries()
  if (!parsed.ok)
    return (
      <>
        <h1>Situation brief</h1>
        <QueryIssues issues={parsed.issues} />
      </>
    )
  const today = new Date().toISOString().slice(0, 10)
  const period = defaultPeriod(parsed.query.to ?? today)
  const query = {
    ...parsed.query,
    from: parsed.query.from ?? period.from,
    to: parsed.query.to ?? period.to,
  }
  const brief = await api.brief(query)
  return (
    <>
      <h1>Situation brief</h1>
      <p className="brief-scope">{scopePhrase(brief)}</p>
      <p className="muted brief-intro">
        Written from the records by fixed templates: every number is a band a cited claim allows or
        a sum over the period&rsquo;s records; where sources disagree both sides are named; a date
        the sources leave open is said to be open.
      </p>
      <div className="no-print">
        <FilterForm
          action="/brief"
          values={query}
          fields={['kind', 'dates', 'place', 'actor']}
          dict={dict}
        />
      </div>
      <BriefView brief={brief} />
    </>
  )
}
