import { describe, expect, it } from 'vitest'
import { refusedTarget } from './target-policy.ts'

describe('webhook target policy', () => {
  it.each([
    'http://hooks.example.org/x',
    'https://127.0.0.1/x',
    'https://[::1]/x',
    'https://10.1.2.3/x',
    'https://192.168.0.10/x',
    'https://169.254.169.254/latest/meta-data',
    'https://[::ffff:127.0.0.1]/x',
    'https://localhost/x',
    'https://api.localhost/x',
    'https://printer.local/x',
    'https://intranet/x',
    'https://user:pw@hooks.example.org/x',
    'ftp://hooks.example.org/x',
  ])('refuses %s', (url) => {
    expect(refusedTarget(url, false)).toBeDefined()
  })

  it.each(['https://hooks.example.org/sitrep', 'https://93.184.215.14/x'])('allows %s', (url) => {
    expect(refusedTarget(url, false)).toBeUndefined()
  })

  it('allows local http targets when the server allows private ones', () => {
    expect(refusedTarget('http://127.0.0.1:8788/hook', true)).toBeUndefined()
    expect(refusedTarget('ftp://127.0.0.1/hook', true)).toBeDefined()
  })
})
