import { describe, expect, it } from 'vitest'
import { progressBar } from './progress-bar.ts'

const terminal = (isTTY: boolean) => {
  const written: string[] = []
  return { isTTY, written, write: (text: string) => written.push(text) }
}

describe('the import progress bar', () => {
  it('redraws one line on a terminal, with the share of the file read', () => {
    const tty = terminal(true)
    const bar = progressBar(tty, 1000)
    bar.update({ lines: 10, imported: 9, rejected: 1, bytes: 500 })
    bar.finish()
    expect(tty.written[0]).toMatch(/^\r\[#{15} {15}\] 50% 9 imported, 1 rejected, 10 lines$/)
    expect(tty.written.at(-1)).toBe('\n')
  })

  it('stays silent when the output is a pipe or a file', () => {
    const pipe = terminal(false)
    const bar = progressBar(pipe, 1000)
    bar.update({ lines: 10, imported: 10, rejected: 0, bytes: 1000 })
    bar.finish()
    expect(pipe.written).toEqual([])
  })
})
