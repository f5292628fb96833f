/** The part of a Node write stream a progress line needs. */
export interface Terminal {
  isTTY?: boolean
  write(text: string): unknown
}

const WIDTH = 30

/**
 * One redrawn line on a terminal: a bar when the share done is known, then what the importer
 * says. Nothing at all when output is a pipe or a file, where carriage returns are only noise.
 */
export const progressLine = (terminal: Terminal) => ({
  update: (share: number | undefined, text: string) => {
    if (!terminal.isTTY) return
    const bar =
      share === undefined
        ? ''
        : `[${'#'.repeat(Math.round(Math.min(1, share) * WIDTH)).padEnd(WIDTH, ' ')}] ${Math.round(Math.min(1, share) * 100)}% `
    terminal.write(`\r${bar}${text}`)
  },
  finish: () => {
    if (terminal.isTTY) terminal.write('\n')
  },
})
