import { Box } from 'ink'
import type { ReactNode } from 'react'

/**
 * List on the left, detail on the right; the list takes a fixed share so wide screens show more.
 * On a narrow terminal it takes half, up to 40 columns: at 80 a title gets 26 characters
 * after its date rather than 18, and the detail pane still holds a disputed fact's two positions.
 */
export const listWidth = (columns: number): number =>
  Math.max(
    28,
    Math.floor(columns * (columns >= 120 ? 0.45 : 0.42)),
    Math.min(40, Math.floor(columns / 2)),
  )

export const SplitPane = ({
  columns,
  height,
  list,
  detail,
}: {
  columns: number
  height: number
  list: (width: number) => ReactNode
  detail: ReactNode
}) => {
  const left = listWidth(columns)
  return (
    <Box height={height} overflow="hidden">
      <Box
        width={left}
        flexShrink={0}
        borderStyle="single"
        borderTop={false}
        borderBottom={false}
        borderLeft={false}
      >
        {list(left - 1)}
      </Box>
      <Box flexDirection="column" paddingLeft={1} flexGrow={1} overflow="hidden" height={height}>
        {/* Not shrinkable: Yoga would squeeze lines onto each other instead of clipping them. */}
        <Box flexDirection="column" flexShrink={0}>
          {detail}
        </Box>
      </Box>
    </Box>
  )
}
