import { describe, expect, it } from 'vitest'
import { allowedOrigins, writeRefusal } from './write-origins.ts'

const post = (host: string | null, origin: string | null) => ({ method: 'POST', host, origin })

describe('allowedOrigins', () => {
  it('allows the loopback names on the default port when nothing is configured', () => {
    expect([...allowedOrigins({})]).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
    ])
  })

  it('adds the configured host on the configured port, and no wildcard address', () => {
    expect([...allowedOrigins({ HOST: 'sitrep.lan', WEB_PORT: '4100' })]).toContain(
      'http://sitrep.lan:4100',
    )
    expect([...allowedOrigins({ HOST: '0.0.0.0', WEB_PORT: '4100' })]).toEqual([
      'http://localhost:4100',
      'http://127.0.0.1:4100',
      'http://[::1]:4100',
    ])
  })

  it('takes SITREP_WEB_ORIGINS instead, normalised as a browser sends them', () => {
    expect([
      ...allowedOrigins({
        WEB_PORT: '4100',
        SITREP_WEB_ORIGINS: 'https://Sitrep.Newsroom.example, http://10.0.0.5:8080/',
      }),
    ]).toEqual(['https://sitrep.newsroom.example', 'http://10.0.0.5:8080'])
  })

  it('refuses an entry that is not an http(s) origin rather than allowing nothing', () => {
    expect(() => allowedOrigins({ SITREP_WEB_ORIGINS: 'sitrep.example' })).toThrow(/not an origin/)
  })
})

describe('writeRefusal', () => {
  const allowed = allowedOrigins({ WEB_PORT: '43000' })

  it('refuses a DNS-rebinding post: foreign host, its own origin', () => {
    expect(writeRefusal(post('evil.example:43000', 'http://evil.example:43000'), allowed)).toMatch(
      /host evil\.example:43000/,
    )
  })

  it('refuses a cross-site form posted to the right host', () => {
    expect(writeRefusal(post('localhost:43000', 'http://evil.example'), allowed)).toMatch(
      /from http:\/\/evil\.example/,
    )
    expect(writeRefusal(post('localhost:43000', 'null'), allowed)).toBeDefined()
  })

  it('refuses the right host on another port, and a request naming no host', () => {
    expect(writeRefusal(post('localhost:3000', 'http://localhost:3000'), allowed)).toBeDefined()
    expect(writeRefusal(post(null, null), allowed)).toBeDefined()
  })

  it('lets the page’s own form through, and a client that sends no Origin', () => {
    expect(writeRefusal(post('127.0.0.1:43000', 'http://127.0.0.1:43000'), allowed)).toBe(undefined)
    expect(writeRefusal(post('LOCALHOST:43000', null), allowed)).toBe(undefined)
  })

  it('never stands in the way of reading', () => {
    expect(writeRefusal({ method: 'GET', host: 'evil.example:43000', origin: null }, allowed)).toBe(
      undefined,
    )
  })
})
