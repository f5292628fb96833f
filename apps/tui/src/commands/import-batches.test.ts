import { describe, expect, it } from 'vitest'
import { countRows, importBatches } from './import-batches.ts'

describe('importBatches', () => {
  it('cuts NDJSON into batches of whole lines and remembers where each starts in the file', () => {
    const text = 'a\nb\nc\nd\ne\n'
    const batches = [...importBatches(text, 'ndjson', 2)]
    expect(batches.map((b) => [b.firstLine, b.rows, b.body])).toEqual([
      [1, 2, 'a\nb\n'],
      [3, 2, 'c\nd\n'],
      [5, 1, 'e\n'],
    ])
  })

  it('repeats the CSV header in every batch and keeps a quoted field with a newline in one row', () => {
    const text = 'id,title\n1,"Kyiv,\nat night"\n2,Kharkiv\n3,Moscow\n'
    const batches = [...importBatches(text, 'csv', 2)]
    expect(batches[0]).toMatchObject({
      firstLine: 2,
      headerLines: 1,
      rows: 2,
      body: 'id,title\n1,"Kyiv,\nat night"\n2,Kharkiv\n',
    })
    expect(batches[1]).toMatchObject({ body: 'id,title\n3,Moscow\n', rows: 1 })
    expect(countRows(text, 'csv')).toBe(3)
  })
})
