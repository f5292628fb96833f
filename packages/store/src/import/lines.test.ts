import { describe, expect, it } from 'vitest'
import { chunked } from '../testing/streams.ts'
import { InputRefused } from './import-limits.ts'
import { type LineBounds, readLines } from './lines.ts'

const read = async (chunks: AsyncIterable<Uint8Array | string>, bounds?: LineBounds) => {
  const lines: string[] = []
  try {
    for await (const { number, text } of readLines(chunks, bounds)) lines.push(`${number}:${text}`)
  } catch (error) {
    if (!(error instanceof InputRefused)) throw error
    return { lines, fault: error.fault, line: error.line }
  }
  return { lines }
}

async function* parts(...chunks: (string | Uint8Array)[]) {
  yield* chunks
}

describe('readLines', () => {
  it('numbers lines across chunk boundaries, multi-byte characters split included', async () => {
    for (const size of [1, 2, 3, 7, 64])
      expect(await read(chunked('ünï\r\ncode ✓\n\nlast', size))).toEqual({
        lines: ['1:ünï', '2:code ✓', '3:', '4:last'],
      })
  })

  it('yields every line before one that is not UTF-8, then names it', async () => {
    const bad = Uint8Array.of(0x61, 0x0a, 0x62, 0x0a, 0xc3, 0x28, 0x0a, 0x64, 0x0a)
    expect(await read(parts(bad))).toEqual({
      lines: ['1:a', '2:b'],
      fault: 'invalid-utf-8',
      line: 3,
    })
  })

  it('refuses a long line before its end arrives', async () => {
    async function* endless() {
      yield 'ok\n'
      for (;;) yield 'x'.repeat(1024)
    }
    expect(await read(endless(), { maxLineBytes: 4096 })).toEqual({
      lines: ['1:ok'],
      fault: 'max-line-bytes',
      line: 2,
    })
  })

  it('refuses a long line inside a chunk after yielding the ones before it', async () => {
    expect(await read(parts(`a\n${'x'.repeat(10)}\nb\n`), { maxLineBytes: 5 })).toEqual({
      lines: ['1:a'],
      fault: 'max-line-bytes',
      line: 2,
    })
  })

  it('refuses the line after the last one allowed', async () => {
    expect(await read(parts('a\nb\nc\nd'), { maxLines: 2 })).toEqual({
      lines: ['1:a', '2:b'],
      fault: 'max-lines',
      line: 3,
    })
    expect(await read(parts('a\nb\n'), { maxLines: 2 })).toEqual({ lines: ['1:a', '2:b'] })
  })
})
