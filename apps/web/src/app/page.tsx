import { RecordKind } from '@sitrep/domain'
import Link from 'next/link'
import { BarChart } from '../components/bar-chart.tsx'
import { OverviewCharts } from '../components/charts/overview-charts.tsx'
import { OverviewRangeForm } from '../components/charts/overview-range-form.tsx'
import { QueryIssues } from '../components/query-issues.tsx'
import { RecordCard } from '../components/record-card.tsx'
import { StatementTable } from '../components/statement-table.tsx'
import { TalkStatusText } from '../components/talk-status-text.tsx'
import { api, dictionaries } from '../lib/api.ts'
import { readableStats } from '../lib/charts/readable-stats.ts'
import { formatCount, formatEurAmount } from '../lib/format-quantity.ts'
import { attackTollFloors, recordCounts } from '../lib/overview-counts.ts'
import type { RawSearchParams } from '../lib/query-params.ts'
import { kindLabels, kindRoutes } from '../lib/record-view.ts'
import { channelRows, speakerRows } from '../lib/statement-figures.ts'
import { parseOverviewParams } from './search-params.ts'

interface Period {
  readonly from?: string
  readonly to?: string
}

/**
 * The latest dated record of each kind, newest first. Newest-first lists undated records first,
 * and any date bound leaves them out, so an open period gets a floor long before the war; a kind
 * with only undated records still shows one.
 */
const latestOfEachKind = (period: Period) =>
  Promise.all(
    RecordKind.options.map(async (kind) => {
      const newest = (from: string | undefined) =>
        api.records.list({ ...period, from, kind: [kind], sort: '-date', limit: 1 })
      const dated = (await newest(period.from ?? '1900-01-01')).items[0]
      return dated ?? (await newest(period.from)).items[0]
    }),
  ).then((items) => items.flatMap((item) => (item ? [item.record] : [])))

const eurBar = (label: string, t: { records: number; eurAtLeast: number }) => ({
  label,
  value: t.eurAtLeast,
  display: t.eurAtLeast ? `≥ ${formatEurAmount(t.eurAtLeast)}` : `${t.records} without amount`,
})

/**
 * Counters and charts come from `/v1/stats`, which the store computes with grouped queries, so a
 * period of a million records costs the page one request rather than reading the records.
 */
export default async function OverviewPage(props: { searchParams: Promise<RawSearchParams> }) {
  const { records: parsed, charts } = parseOverviewParams(await props.searchParams)
  const period: Period = parsed.ok ? { from: parsed.query.from, to: parsed.query.to } : {}
  const bucket = charts.ok ? charts.query.bucket : undefined
  const [dict, readable, latest, talks] = await Promise.all([
    dictionaries(),
    readableStats(api.stats, bucket ? { ...period, bucket } : period),
    latestOfEachKind(period),
    api.talks.list({ ...period, sort: '-date', limit: 50 }),
  ])
  const { stats } = readable
  const counted = recordCounts(stats)
  const tolls = attackTollFloors(stats)
  const nameOf = (id: string) => dict.actor(id)?.name ?? id
  return (
    <>
      <h1>Overview</h1>
      <OverviewRangeForm {...period} bucket={bucket} />
      {parsed.ok ? null : <QueryIssues issues={parsed.issues} />}
      {charts.ok ? null : <QueryIssues issues={charts.issues} />}
      <section aria-labelledby="counts">
        <h2 id="counts">In this period</h2>
        <ul className="counters">
          {(['talk', 'aid', 'attack', 'statement'] as const).map((kind) => (
            <li key={kind}>
              <strong>{formatCount(counted[kind])}</strong>
              <Link href={kindRoutes[kind]}>{kindLabels[kind]} records</Link>
            </li>
          ))}
          <li>
            <strong>{formatCount(tolls.killed)}</strong>
            killed at least, in attacks
          </li>
          <li>
            <strong>{formatCount(tolls.injured)}</strong>
            injured at least, in attacks
          </li>
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
      <OverviewCharts readable={readable} nameOf={nameOf} />
      <section aria-labelledby="aid">
        <h2 id="aid">Aid in euros by donor and stage</h2>
        <BarChart
          title="Least euro value stated, by donor (a joint pledge counts for each donor)"
          bars={stats.aid.byDonor.map((t) => eurBar(nameOf(t.donorId), t))}
        />
        <BarChart
          title="Least euro value stated, by stage"
          bars={stats.aid.byStage.map((t) => eurBar(t.stage, t))}
        />
      </section>
      <section aria-labelledby="statements">
        <h2 id="statements">Who speaks, and how</h2>
        {counted.statement ? (
          <div className="split">
            <StatementTable
              caption="Statements by speaker (unnamed speakers counted apart)"
              heading="Speaker"
              rows={speakerRows(stats.statements, (id) => dict.actor(id)?.name ?? id)}
            />
            <StatementTable
              caption="Statements by channel"
              heading="Channel"
              rows={channelRows(stats.statements)}
            />
          </div>
        ) : (
          <p className="muted">No statements in this period.</p>
        )}
      </section>
      <section aria-labelledby="talks">
        <h2 id="talks">Talks</h2>
        <ul>
          {stats.talksByStatus.map((s) => (
            <li key={s.status}>
              {s.status}: {s.count}
            </li>
          ))}
        </ul>
        <ul>
          {talks.items.map(({ record: talk }) => (
            <li key={talk.id}>
              <Link href={`/talks/${encodeURIComponent(talk.id)}`}>{talk.title}</Link>:{' '}
              <TalkStatusText talk={talk} />
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
