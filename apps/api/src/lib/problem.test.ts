import { Conflict, NotFound, StaleVersion, ValidationFailed, WriteRaced } from '@sitrep/store'
import { describe, expect, it } from 'vitest'
import { problemFor } from './problem.ts'

describe('problemFor', () => {
  it('answers each store failure with its own status', () => {
    const statusOf = (error: unknown) => problemFor(error, '/v1/talks/x').status
    expect(statusOf(new NotFound('record', 'x'))).toBe(404)
    expect(statusOf(new Conflict('record', 'x'))).toBe(409)
    expect(statusOf(new StaleVersion('x', 1, 2))).toBe(412)
    // A batch of several records lost a race on D1: nothing was written, the client retries.
    const raced = problemFor(new WriteRaced(), '/v1/ingest/publish')
    expect(raced).toMatchObject({ status: 409, type: '/problems/conflict' })
    expect(raced.detail).toMatch(/retry/)
  })

  it('says what the store refused, a cursor or a filter as much as a record, and why', () => {
    const cursor = problemFor(
      new ValidationFailed('invalid cursor', [{ path: 'cursor', message: 'not a cursor' }]),
      '/v1/attacks',
    )
    expect(cursor).toMatchObject({
      status: 422,
      detail: 'invalid cursor',
      issues: [{ path: 'cursor', message: 'not a cursor' }],
    })
  })

  it('never sends the message of an unknown error', () => {
    const answer = problemFor(new Error('SQLITE_ERROR near "select": /srv/data/sitrep.db'), '/v1')
    expect(answer.status).toBe(500)
    expect(JSON.stringify(answer)).not.toContain('sitrep.db')
  })
})
