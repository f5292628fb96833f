import { Box, Text } from 'ink'
import type { LiveState } from '../hooks/use-change-stream.ts'
import { useTheme } from '../lib/theme.tsx'

const marks = { connecting: '…', connected: '●', reconnecting: '○', offline: '✕' } as const

const clock = (date: Date) => date.toTimeString().slice(0, 8)

/** Connection, last update and the latest write, then the load state of the current list. */
export const StatusLine = ({ live, note }: { live: LiveState; note?: string }) => {
  const theme = useTheme()
  const colour = {
    connecting: theme.warn,
    connected: theme.ok,
    reconnecting: theme.warn,
    offline: theme.danger,
  }[live.connection]
  const latest = live.latest
    ? ` · ${live.latest.operation} ${live.latest.kind} ${live.latest.recordId}`
    : ''
  return (
    <Box>
      {/* Never squeezed ("● connecte"): the rest of the line is what truncation may cut. */}
      <Box flexShrink={0}>
        <Text color={colour}>{`${marks[live.connection]} ${live.connection}`}</Text>
      </Box>
      <Text wrap="truncate">
        {` · updated ${live.lastUpdate ? clock(live.lastUpdate) : '—'}${latest}${note ? ` · ${note}` : ''}`}
      </Text>
    </Box>
  )
}

export const KeyHints = ({ hints }: { hints: string }) => {
  const theme = useTheme()
  return (
    <Text color={theme.muted} wrap="truncate">
      {hints}
    </Text>
  )
}
