import type { StoredRecord } from '@sitrep/domain'
import { Box, useInput } from 'ink'
import { useState } from 'react'
import { RecordDetail } from '../components/record-detail.tsx'
import { KeyHints } from '../components/status-line.tsx'
import type { TerminalSize } from '../hooks/use-terminal-size.ts'
import type { Names } from '../lib/names.ts'

/** One record across the whole screen, with its summary; ↑↓ scroll when it is taller. */
export const RecordScreen = ({
  stored,
  names,
  size,
  onBack,
  onQuit,
}: {
  stored: StoredRecord
  names: Names
  size: TerminalSize
  onBack: () => void
  onQuit: () => void
}) => {
  const [scroll, setScroll] = useState(0)
  useInput((input, key) => {
    if (key.escape || key.backspace || key.leftArrow) onBack()
    else if (key.downArrow || input === 'j') setScroll((s) => s + 1)
    else if (key.upArrow || input === 'k') setScroll((s) => Math.max(0, s - 1))
    else if (input === 'q') onQuit()
  })
  const height = size.rows - 2
  return (
    <Box flexDirection="column" width={size.columns} height={size.rows - 1}>
      <Box height={height} overflow="hidden" flexDirection="column">
        {/* A negative margin moves the content up inside the clipped box: Ink's way to scroll. */}
        <Box marginTop={-scroll} flexDirection="column" flexShrink={0}>
          <RecordDetail stored={stored} names={names} showSummary />
        </Box>
      </Box>
      <KeyHints hints="Esc back  ↑↓/jk scroll  q quit" />
    </Box>
  )
}
