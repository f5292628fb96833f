import type { StatsBucket } from '@sitrep/domain'
import { aidPanels } from '../../lib/charts/aid-panels.ts'
import { airWarPanels } from '../../lib/charts/air-war-panels.ts'
import type { ReadableStats } from '../../lib/charts/readable-stats.ts'
import { AidCharts } from './aid-chart.tsx'
import { AirWarCharts } from './air-war-chart.tsx'
import { AttacksChart } from './attacks-chart.tsx'
import './charts.css'

const plural: { [B in StatsBucket]: string } = { day: 'days', week: 'weeks', month: 'months' }

/** The overview's three series over one time axis: attacks, the air war, and aid. */
export function OverviewCharts({
  readable,
  nameOf,
}: {
  readable: ReadableStats
  nameOf: (actorId: string) => string
}) {
  const { stats, starts, coarsenedFrom } = readable
  const { bucket } = stats.series
  return (
    <>
      {coarsenedFrom ? (
        <p className="muted" role="status">
          By {plural[coarsenedFrom]} this period would draw more bars than a chart can show; the
          charts sum it by {bucket}.
        </p>
      ) : null}
      <section aria-labelledby="attacks-over-time">
        <h2 id="attacks-over-time">Attacks per {bucket}, with casualty bands</h2>
        <div className="chart-grid">
          <AttacksChart
            series={stats.series}
            starts={starts}
            undated={stats.undatedAttacks.attacks}
          />
        </div>
      </section>
      <section aria-labelledby="air-war">
        <h2 id="air-war">The air war: launched vs intercepted, by weapon class</h2>
        <AirWarCharts
          panels={airWarPanels(stats.series.airWar, starts)}
          bucket={bucket}
          nameOf={nameOf}
        />
      </section>
      <section aria-labelledby="aid-over-time">
        <h2 id="aid-over-time">Aid over time by donor, pledged vs delivered</h2>
        <AidCharts panels={aidPanels(stats.series.aid, starts)} bucket={bucket} nameOf={nameOf} />
      </section>
    </>
  )
}
