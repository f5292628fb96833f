import { createClient } from '@sitrep/client'
import { describe, expect, it } from 'vitest'
import { forwardVisitor } from './forward-visitor.ts'

/** A fetch that answers every request with an empty list and keeps what it was sent. */
const recordingFetch = () => {
  const sent: Request[] = []
  const fetchImpl: typeof fetch = async (input, init) => {
    sent.push(new Request(input, init))
    return Response.json({ items: [] })
  }
  return { sent, fetchImpl }
}

describe('forwardVisitor', () => {
  it('sends the rendered request’s X-Forwarded-For with every client call, beside the key', async () => {
    const { sent, fetchImpl } = recordingFetch()
    const api = createClient({
      baseUrl: 'http://api.test',
      apiKey: 'sk_test',
      fetch: forwardVisitor(async () => '198.51.100.7', fetchImpl),
    })
    await api.actors()
    await api.places()
    expect(sent.map((r) => r.headers.get('x-forwarded-for'))).toEqual([
      '198.51.100.7',
      '198.51.100.7',
    ])
    expect(sent[0]?.headers.get('authorization')).toBe('Bearer sk_test')
  })

  it('asks for the address on every call, so one shared client serves each visitor as themself', async () => {
    const { sent, fetchImpl } = recordingFetch()
    const visitors = ['198.51.100.7', '2001:db8::9']
    const api = createClient({
      baseUrl: 'http://api.test',
      fetch: forwardVisitor(async () => visitors.shift(), fetchImpl),
    })
    await api.actors()
    await api.actors()
    await api.actors()
    expect(sent.map((r) => r.headers.get('x-forwarded-for'))).toEqual([
      '198.51.100.7',
      '2001:db8::9',
      null,
    ])
  })

  it('replaces an X-Forwarded-For the caller set, and keeps a Request’s other headers', async () => {
    const { sent, fetchImpl } = recordingFetch()
    const forwarding = forwardVisitor(async () => '198.51.100.7', fetchImpl)
    await forwarding(
      new Request('http://api.test/v1/actors', {
        headers: { 'x-forwarded-for': '203.0.113.1', accept: 'application/json' },
      }),
    )
    expect(sent[0]?.headers.get('x-forwarded-for')).toBe('198.51.100.7')
    expect(sent[0]?.headers.get('accept')).toBe('application/json')
  })
})
