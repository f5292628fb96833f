import { useStdout } from 'ink'
import { useEffect, useState } from 'react'

export interface TerminalSize {
  readonly columns: number
  readonly rows: number
}

/** The terminal's size, updated on resize so the layout redraws to fit. */
export const useTerminalSize = (): TerminalSize => {
  const { stdout } = useStdout()
  const read = () => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 })
  const [size, setSize] = useState(read)
  // biome-ignore lint/correctness/useExhaustiveDependencies: read only closes over stdout
  useEffect(() => {
    const onResize = () => setSize(read())
    stdout.on('resize', onResize)
    return () => {
      stdout.off('resize', onResize)
    }
  }, [stdout])
  return size
}
