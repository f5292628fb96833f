import { paginate } from '@sitrep/client'
import {
  type Aid,
  type Attack,
  deriveFact,
  type RecordKind,
  type StoredRecord,
} from '@sitrep/domain'
import Link from 'next/link'
import { BarChart } from '../components/bar-chart.tsx'
import { CasualtyChart } from '../components/casualty-chart.tsx'
import { FilterForm } from '../components/filter-form.tsx'
import { QueryIssues } from '../components/query-issues.tsx'
import { RecordCard } from '../components/record-card.tsx'
import { aidTotalsByDonor } from '../lib/aid-totals.ts'
import { api, dictionaries } from '../lib/api.ts'
import { casualtiesByDay } from '../lib/casualties-by-day.ts'
import { formatEurAmount } from '../lib/format-quantity.ts'
import type { RawSearchParams } from '../lib/query-params.ts'
import { firstDay, kindLabels, kindRoutes } from '../lib/record-view.ts'
import { parseOverviewParams } from './search-params.ts'

/**
 * How many records the overview reads for its counters and charts. The API has no aggregate
 * route yet (/v1/stats is in progress); until it lands, a period beyond this is summarised from
 * its first records and the page says so.
 */
const READ_LIMIT = 2_000

const readPeriod = async (period: { from?: string; to?: string }) => {
  const records: StoredRecord[] = []
  for await (const item of paginate(api.events.list, { ...period, limit: 500 })) {
    records.push(item)
    if (records.length >= READ_LIMIT) return { records, complete: false }
  }
  return { records, complete: true }
}

export default async function OverviewPage(props: { searchParams: Promise<RawSearchParams> }) {
  const parsed = parseOverviewParams(await props.searchParams)
  const period = parsed.ok ? { from: parsed.query.from, to: parsed.query.to } : {}
  const [dict, { records, complete }] = await Promise.all([dictionaries(), readPeriod(period)])
  const ofKind = (kind: RecordKind) => records.filter((r) => r.record.kind === kind)
  const attacks = records.flatMap((r) => (r.record.kind === 'attack' ? [r.record] : []))
  const aid = records.flatMap((r) => (r.record.kind === 'aid' ? [r.record] : []))
  const talks = records.flatMap((r) => (r.record.kind === 'talk' ? [r.record] : []))
  // The timeline lists undated records last; "latest" means the latest dated one when any is.
  const latest = (['talk', 'aid', 'attack', 'statement'] as const).flatMap((kind) => {
    const records = ofKind(kind).map((r) => r.record)
    const last = records.filter((r) => firstDay(r)).at(-1) ?? records.at(-1)
    return last ? [last] : []
  })
  return (
    <>
      <h1>Overview</h1>
      <FilterForm action="/" values={period} fields={['dates']} dict={dict} />
      {parsed.ok ? null : <QueryIssues issues={parsed.issues} />}
      {complete ? null : (
        <p className="notice">Summarising the first {READ_LIMIT} records of this period.</p>
      )}
      <section aria-labelledby="counts">
        <h2 id="counts">In this period</h2>
        <ul className="counters">
          {(['talk', 'aid', 'attack', 'statement'] as const).map((kind) => (
            <li key={kind}>
              <strong>{ofKind(kind).length}</strong>
              <Link href={kindRoutes[kind]}>{kindLabels[kind]} records</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest">Latest of each kind</h2>
        <ul className="cards">
          {latest.map((record) => (
            <li key={record.id}>
              <RecordCard record={record} dict={dict} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="casualties">
        <h2 id="casualties">Attacks per day, with casualty bounds</h2>
        <CasualtyChart days={casualtiesByDay(attacks satisfies Attack[])} />
      </section>
      <section aria-labelledby="aid">
        <h2 id="aid">Aid in euros by donor and stage</h2>
        <BarChart
          title="Least euro value stated, by donor and stage"
          bars={aidTotalsByDonor(aid satisfies Aid[], (id) => dict.actor(id)?.name ?? id).map(
            (t) => ({
              label: `${t.label} · ${t.stage}`,
              value: t.eur,
              display: t.eur ? `≥ ${formatEurAmount(t.eur)}` : `${t.records} without amount`,
            }),
          )}
        />
      </section>
      <section aria-labelledby="talks">
        <h2 id="talks">Talks</h2>
        <ul>
          {talks.map((talk) => {
            const status = deriveFact(talk, 'status')
            const value = status?.value ?? status?.positions[0]?.value
            return (
              <li key={talk.id}>
                <Link href={`/talks/${encodeURIComponent(talk.id)}`}>{talk.title}</Link>:{' '}
                {value && 'status' in value ? value.status : 'status unknown'}
              </li>
            )
          })}
        </ul>
      </section>
    </>
  )
}
