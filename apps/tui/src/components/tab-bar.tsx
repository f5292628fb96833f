import { Box, Text } from 'ink'
import { useTheme } from '../lib/theme.tsx'
import { TABS, type TabId } from '../tabs.ts'

/** The six tabs with their number keys; the active one is inverse, so it shows without colour. */
export const TabBar = ({ active, filterNote }: { active: TabId; filterNote?: string }) => {
  const theme = useTheme()
  return (
    <Box>
      <Text bold color={theme.accent}>
        sitrep{' '}
      </Text>
      {TABS.map((tab, index) => (
        <Text key={tab.id} inverse={tab.id === active} bold={tab.id === active}>
          {` ${index + 1} ${tab.label} `}
        </Text>
      ))}
      {filterNote ? (
        <Text color={theme.warn} wrap="truncate">
          {` ${filterNote}`}
        </Text>
      ) : null}
    </Box>
  )
}
