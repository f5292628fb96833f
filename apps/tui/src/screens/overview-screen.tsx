import type { SitrepClient } from '@sitrep/client'
import type { StatsBucket } from '@sitrep/domain'
import { Box, Text, useInput } from 'ink'
import { useState } from 'react'
import { periodLabel } from '../commands/stats-periods.ts'
import { useStats } from '../hooks/use-stats.ts'
import type { TerminalSize } from '../hooks/use-terminal-size.ts'
import type { DashboardFilter } from '../lib/fetch-tab.ts'
import type { Names } from '../lib/names.ts'
import { seriesRows, seriesStarts } from '../lib/series-rows.ts'
import { sparkline } from '../lib/sparkline.ts'
import { useTheme } from '../lib/theme.tsx'

const NEXT_BUCKET: { [B in StatsBucket]: StatsBucket } = {
  day: 'week',
  week: 'month',
  month: 'day',
}
const LABEL = 15
const SUMMARY = 12

export interface OverviewScreenProps {
  readonly client: SitrepClient
  readonly filter: DashboardFilter
  readonly names: Names
  readonly size: TerminalSize
  readonly onBack: () => void
  readonly onQuit: () => void
}

/**
 * The web overview's series as sparklines, one line each: attacks and casualty floors, launched
 * and intercepted per weapon class, aid. `b` steps the bucket (the API's choice at first).
 */
export const OverviewScreen = ({
  client,
  filter,
  names,
  size,
  onBack,
  onQuit,
}: OverviewScreenProps) => {
  const theme = useTheme()
  const [bucket, setBucket] = useState<StatsBucket>()
  const [refreshes, setRefreshes] = useState(0)
  const stats = useStats(client, filter, bucket, refreshes)
  const series = stats.data?.series
  useInput((input, key) => {
    if (key.escape || input === 'o') onBack()
    else if (input === 'b') setBucket(NEXT_BUCKET[bucket ?? series?.bucket ?? 'month'])
    else if (input === 'r') setRefreshes((n) => n + 1)
    else if (input === 'q') onQuit()
  })
  const spark = Math.max(8, size.columns - 2 - LABEL - 1 - 2 - SUMMARY)
  const starts = series ? seriesStarts(series) : []
  const rows = series ? seriesRows(series, names).slice(0, Math.max(1, size.rows - 5)) : []
  const heading = series
    ? `by ${series.bucket}${starts.length ? `, ${periodLabel(starts[0] ?? '', series.bucket)} to ${periodLabel(starts.at(-1) ?? '', series.bucket)}` : ''}`
    : ''
  const note =
    stats.state === 'loading'
      ? 'loading…'
      : stats.state === 'error'
        ? `error: ${stats.error instanceof Error ? stats.error.message : String(stats.error)}`
        : ''
  return (
    <Box flexDirection="column" width={size.columns} height={size.rows - 1}>
      <Text wrap="truncate-end">
        <Text bold color={theme.accent}>
          sitrep overview{' '}
        </Text>
        {heading} {note}
      </Text>
      <Text color={theme.muted} wrap="truncate-end">
        weapons: launched, then intercepted · killed, injured: at least
      </Text>
      {series && rows.length === 0 ? <Text>No dated records in this period.</Text> : null}
      {rows.map((row) => (
        <Text key={row.label + row.summary} wrap="truncate-end">
          {`  ${row.label.padEnd(LABEL)} ${sparkline(row.values, spark).padEnd(spark)}  ${row.summary}`}
        </Text>
      ))}
      <Box flexGrow={1} />
      <Text color={theme.muted} wrap="truncate-end">
        {'b by day/week/month  r refresh  Esc back  q quit'}
      </Text>
    </Box>
  )
}
