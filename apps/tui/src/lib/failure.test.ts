import { apiErrorFrom } from '@sitrep/client'
import { describe, expect, it } from 'vitest'
import { describeFailure, EXIT, InputError, UsageError } from './failure.ts'

const problem = (status: number, title: string) =>
  apiErrorFrom(
    new Response(JSON.stringify({ type: '/problems/x', title, status }), {
      status,
      headers: { 'content-type': 'application/problem+json' },
    }),
  )

describe('describeFailure', () => {
  it('turns a refused connection into exit 2 naming the URL and npm start', () => {
    const error = new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') })
    const failure = describeFailure(error, 'http://localhost:8787')
    expect(failure.code).toBe(EXIT.unreachable)
    expect(failure.message).toContain('http://localhost:8787')
    expect(failure.message).toContain('npm start')
    expect(failure.message).not.toContain('\n')
  })

  it('gives 401 and 403 exit 3, other API errors exit 1', async () => {
    expect(describeFailure(await problem(401, 'Unauthorized'), '').code).toBe(EXIT.badKey)
    expect(describeFailure(await problem(403, 'Forbidden'), '').code).toBe(EXIT.badKey)
    expect(describeFailure(await problem(404, 'Not found'), '').code).toBe(EXIT.failed)
  })

  it('gives usage errors 64 and unreadable files 66', () => {
    expect(describeFailure(new UsageError('--format'), '').code).toBe(64)
    expect(describeFailure(new InputError('cannot read x'), '').code).toBe(66)
  })
})
