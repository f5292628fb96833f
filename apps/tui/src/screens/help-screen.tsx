import { Box, Text, useInput } from 'ink'
import { useTheme } from '../lib/theme.tsx'

const KEYS: readonly (readonly [string, string])[] = [
  ['1 … 6', 'Talks, Aid, Attacks, Statements, Disputes, Timeline'],
  ['↑ ↓  j k', 'move in the list (PgUp/PgDn by ten); more rows load near its end'],
  ['Enter', 'open the selected record'],
  ['Esc', 'back'],
  ['/', 'full-text search'],
  ['f', 'filter by date range, place and actor'],
  ['r', 'refresh now (the list also updates live)'],
  ['o', 'overview: the series as sparklines (b: by day, week or month)'],
  ['?', 'this help'],
  ['q', 'quit'],
]

/** The keys, and what the markers on screen mean. */
export const HelpScreen = ({ onBack }: { onBack: () => void }) => {
  const theme = useTheme()
  useInput((input, key) => {
    if (key.escape || input === '?' || input === 'q') onBack()
  })
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold color={theme.accent}>
        sitrep — keys
      </Text>
      {KEYS.map(([keys, what]) => (
        <Text key={keys}>
          <Text bold>{keys.padEnd(10)}</Text>
          {what}
        </Text>
      ))}
      <Text> </Text>
      <Text>
        + marks a record written since the dashboard opened; ? after a date: it is disputed.
      </Text>
      <Text>Status: ● connected · ○ reconnecting · ✕ offline (the API cannot be reached).</Text>
      <Text color={theme.muted}>Esc to go back.</Text>
    </Box>
  )
}
