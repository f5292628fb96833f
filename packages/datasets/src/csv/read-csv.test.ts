import { describe, expect, it } from 'vitest'
import { CsvSyntaxError, chunksOf, readCsv } from './read-csv.ts'

const rows = async (text: string) => {
  const read = []
  for await (const row of readCsv(chunksOf(text))) read.push(row)
  return read
}

describe('readCsv', () => {
  it('gives each row by header name, with its line', async () => {
    expect(await rows('a,b\n1,"one, two"\n3,4\n')).toEqual([
      { line: 2, cells: { a: '1', b: 'one, two' } },
      { line: 3, cells: { a: '3', b: '4' } },
    ])
  })

  it.each([
    ['a quote never closed', 'a,b\n1,2\n3,"4\n5,6\n', 4, 'line 4: quote not closed'],
    ['text after a closing quote', 'a,b\n1,2\n3,"4"x\n', 3, 'line 3: invalid closing quote'],
  ])('refuses %s with the line where reading stopped', async (_, text, line, message) => {
    const failure = await rows(text).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(CsvSyntaxError)
    expect(failure).toMatchObject({ line, message })
  })
})
