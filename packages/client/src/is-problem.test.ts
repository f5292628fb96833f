import { Problem } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { isProblem } from './is-problem.ts'

const documents: [string, unknown][] = [
  ['a not-found problem', { type: '/problems/not-found', title: 'Not found', status: 404 }],
  [
    'a validation problem with issues',
    {
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'the request does not match the API',
      instance: '/v1/talks',
      issues: [{ path: 'limit', message: 'Too small' }],
    },
  ],
  ['a status below 400', { type: 'x', title: 'x', status: 302 }],
  ['a status above 599', { type: 'x', title: 'x', status: 600 }],
  ['a fractional status', { type: 'x', title: 'x', status: 404.5 }],
  ['a missing title', { type: 'x', status: 500 }],
  ['a numeric detail', { type: 'x', title: 'x', status: 500, detail: 3 }],
  ['issues that are not objects', { type: 'x', title: 'x', status: 400, issues: ['limit'] }],
  ['an issue without a message', { type: 'x', title: 'x', status: 400, issues: [{ path: 'a' }] }],
  ['an array', [{ type: 'x', title: 'x', status: 400 }]],
  ['null', null],
  ['HTML text', '<html>502 Bad Gateway</html>'],
]

describe('isProblem agrees with the domain Problem schema', () => {
  it.each(documents)('on %s', (_, body) => {
    expect(isProblem(body)).toBe(Problem.safeParse(body).success)
  })
})
