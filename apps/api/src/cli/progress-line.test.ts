import { describe, expect, it } from 'vitest'
import { progressLine } from './progress-line.ts'

const terminal = (isTTY: boolean) => {
  const written: string[] = []
  return { isTTY, written, write: (text: string) => written.push(text) }
}

describe('the import progress line', () => {
  it('redraws one line on a terminal, with the share done', () => {
    const tty = terminal(true)
    const line = progressLine(tty)
    line.update(0.5, '9 imported, 1 rejected, 10 lines')
    line.finish()
    expect(tty.written[0]).toMatch(/^\r\[#{15} {15}\] 50% 9 imported, 1 rejected, 10 lines$/)
    expect(tty.written.at(-1)).toBe('\n')
  })

  it('draws no bar when the share is unknown', () => {
    const tty = terminal(true)
    progressLine(tty).update(undefined, '10 lines')
    expect(tty.written).toEqual(['\r10 lines'])
  })

  it('stays silent when the output is a pipe or a file', () => {
    const pipe = terminal(false)
    const line = progressLine(pipe)
    line.update(1, '10 imported')
    line.finish()
    expect(pipe.written).toEqual([])
  })
})
