import { Box, Text } from 'ink'
import type { ImportProgressState } from '../commands/import-file.ts'
import { useTheme } from '../lib/theme.tsx'

const seconds = (s: number) =>
  s >= 60
    ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`
    : `${Math.ceil(s)}s`

/** Rate and time left from what has been sent so far; unknown until the first batch lands. */
export const progressFigures = (state: ImportProgressState, now: number) => {
  const elapsed = Math.max((now - state.startedAt) / 1000, 0.001)
  const rate = state.rows / elapsed
  const left = state.total - state.rows
  return {
    fraction: state.total === 0 ? 1 : state.rows / state.total,
    rate,
    eta: state.rows === 0 ? undefined : left / rate,
  }
}

/** `sitrep import`'s bar: rows sent of the file's total, rows per second, and time left. */
export const ImportProgress = ({
  state,
  now,
  width = 30,
}: {
  state: ImportProgressState
  now: number
  width?: number
}) => {
  const theme = useTheme()
  const { fraction, rate, eta } = progressFigures(state, now)
  const filled = Math.round(fraction * width)
  return (
    <Box>
      <Text color={theme.accent}>{`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`}</Text>
      <Text>
        {` ${Math.floor(fraction * 100)}% ${state.rows}/${state.total} rows · ${Math.round(rate)} rows/s · ETA ${eta === undefined ? '…' : seconds(eta)} · ${state.imported} imported`}
      </Text>
      {state.rejected ? <Text color={theme.danger}>{` · ${state.rejected} rejected`}</Text> : null}
    </Box>
  )
}
