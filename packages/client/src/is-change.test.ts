import { Change, RecordKind } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { isChange } from './is-change.ts'

const created = {
  seq: 42,
  recordId: 'talk-istanbul-2025-07',
  kind: 'talk',
  version: 1,
  operation: 'create',
  at: '2025-07-23T19:00:00+03:00',
  by: 'editor',
}

const events: [string, unknown][] = [
  ['a created talk', created],
  ['the first write of the feed (seq 0)', { ...created, seq: 0 }],
  ['a deletion with a field a newer API added', { ...created, operation: 'delete', extra: 1 }],
  ['a negative seq', { ...created, seq: -1 }],
  ['a fractional seq', { ...created, seq: 1.5 }],
  ['a seq sent as text', { ...created, seq: '42' }],
  ['version 0', { ...created, version: 0 }],
  ['an unknown kind', { ...created, kind: 'rumour' }],
  ['an unknown operation', { ...created, operation: 'merge' }],
  ['a missing author', { ...created, by: undefined }],
  ['a numeric time', { ...created, at: 1_753_286_400 }],
  ['an array', [created]],
  ['null', null],
  // Every kind and operation the domain knows, so that one added there is not dropped here.
  ...RecordKind.options.map((kind): [string, unknown] => [`a ${kind}`, { ...created, kind }]),
  ...Change.shape.operation.options.map((operation): [string, unknown] => [
    `a ${operation}`,
    { ...created, operation },
  ]),
]

describe('isChange agrees with the domain Change schema', () => {
  it.each(events)('on %s', (_, body) => {
    expect(isChange(body)).toBe(Change.safeParse(body).success)
  })
})
