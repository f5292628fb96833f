import type { ImportProgress } from './import-stream.ts'

/** The part of a Node write stream a progress bar needs. */
export interface Terminal {
  isTTY?: boolean
  columns?: number
  write(text: string): unknown
}

const WIDTH = 30

/**
 * Redraws one line on a terminal; writes nothing when output is a pipe or a file, where a
 * stream of carriage returns would only be noise.
 */
export const progressBar = (terminal: Terminal, totalBytes?: number) => {
  const draw = (p: ImportProgress) => {
    if (!terminal.isTTY) return
    const share = totalBytes ? Math.min(1, p.bytes / totalBytes) : undefined
    const bar =
      share === undefined
        ? ''
        : `[${'#'.repeat(Math.round(share * WIDTH)).padEnd(WIDTH, ' ')}] ${Math.round(share * 100)}% `
    terminal.write(`\r${bar}${p.imported} imported, ${p.rejected} rejected, ${p.lines} lines`)
  }
  return {
    update: draw,
    finish: () => {
      if (terminal.isTTY) terminal.write('\n')
    },
  }
}
