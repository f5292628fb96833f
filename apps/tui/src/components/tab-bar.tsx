import { Box, Text } from 'ink'
import { useTheme } from '../lib/theme.tsx'
import { TABS, type TabId } from '../tabs.ts'

/**
 * The six tabs with their number keys; the active one is inverse, so it shows without colour.
 * The tabs never shrink: an active filter gets a line of its own below them rather than
 * squeezing the labels ("sitre 1 Talk 2 Ai …") on an 80-column terminal.
 */
export const TabBar = ({ active, filterNote }: { active: TabId; filterNote?: string }) => {
  const theme = useTheme()
  return (
    <Box flexDirection="column" flexShrink={0}>
      <Box>
        <Text bold color={theme.accent}>
          sitrep{' '}
        </Text>
        {TABS.map((tab, index) => (
          <Box key={tab.id} flexShrink={0}>
            <Text inverse={tab.id === active} bold={tab.id === active}>
              {` ${index + 1} ${tab.label} `}
            </Text>
          </Box>
        ))}
      </Box>
      {filterNote ? (
        <Text color={theme.warn} wrap="truncate-end">
          {`filter: ${filterNote} · f to change`}
        </Text>
      ) : null}
    </Box>
  )
}

/** The lines the tab bar takes: one, or two under a filter. */
export const tabBarHeight = (filterNote: string | undefined): number => (filterNote ? 2 : 1)
