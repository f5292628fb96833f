import { defaultReadThreads } from '@sitrep/store/read-pool'
import { describe, expect, it } from 'vitest'
import { readNodeConfig } from './node-config.ts'

describe('readNodeConfig', () => {
  it('gives the README’s defaults, an empty variable counting as unset', () => {
    const read = readNodeConfig({ PORT: '', DATABASE_URL: '', INIT_CWD: '/srv/sitrep' })
    expect(read).toEqual({
      config: {
        PORT: 8787,
        HOST: '127.0.0.1',
        SITREP_DATA_DIR: '/srv/sitrep/data',
        SITREP_RATE_LIMIT_PER_MINUTE: 600,
        SITREP_REQUIRE_KEY_FOR_READS: false,
        SITREP_CORS_ORIGINS: '*',
        SITREP_TRUSTED_PROXIES: ['127.0.0.1', '::1'],
        SITREP_READ_THREADS: defaultReadThreads(),
        SITREP_QUERY_BUDGET_MS: 10_000,
        SITREP_EXTRACT_THREADS: 1,
        SITREP_INGEST_BUDGET_MS: 5_000,
        SITREP_IMPORT_MAX_BYTES: 512 * 1024 * 1024,
        SITREP_IMPORT_MAX_LINE_BYTES: 2 * 1024 * 1024,
        SITREP_IMPORT_MAX_LINES: 1_000_000,
        SITREP_MAX_STREAMS_PER_CLIENT: 20,
      },
    })
  })

  it('reads the settings the Worker reads too: CORS origins, reads behind a key', () => {
    const read = readNodeConfig({
      SITREP_CORS_ORIGINS: 'https://desk.example, http://localhost:3000',
      SITREP_REQUIRE_KEY_FOR_READS: 'true',
      SITREP_RATE_LIMIT_PER_MINUTE: '0',
    })
    expect(read).toMatchObject({
      config: {
        SITREP_CORS_ORIGINS: ['https://desk.example', 'http://localhost:3000'],
        SITREP_REQUIRE_KEY_FOR_READS: true,
        SITREP_RATE_LIMIT_PER_MINUTE: 0,
      },
    })
  })

  it('names every variable at fault', () => {
    expect(readNodeConfig({ PORT: '99999', DATABASE_URL: 'mysql://x' })).toEqual({
      problem: expect.stringMatching(/PORT.*DATABASE_URL|DATABASE_URL.*PORT/),
    })
  })

  it.each([
    ['PORT', 'eighty', 'PORT: must be a port number'],
    ['PORT', '0', 'PORT: must be a port number from 1 to 65535'],
    ['SITREP_RATE_LIMIT_PER_MINUTE', '-1', 'SITREP_RATE_LIMIT_PER_MINUTE: must be 0 (off) or more'],
    ['SITREP_RATE_LIMIT_PER_MINUTE', '1.5', 'SITREP_RATE_LIMIT_PER_MINUTE: must be a whole number'],
    ['SITREP_IMPORT_MAX_LINES', '0', 'SITREP_IMPORT_MAX_LINES: must be 1 or more'],
    ['SITREP_REQUIRE_KEY_FOR_READS', 'yes', 'SITREP_REQUIRE_KEY_FOR_READS: must be true or false'],
    ['SITREP_CORS_ORIGINS', 'desk.example', 'SITREP_CORS_ORIGINS: not an origin: "desk.example"'],
    [
      'SITREP_CORS_ORIGINS',
      'https://desk.example/app',
      'not an origin: "https://desk.example/app"',
    ],
    ['DATABASE_URL', 'mysql://db/sitrep', 'DATABASE_URL: must be a postgres:// URL'],
    ['DATABASE_URL', 'postgres://u:pw@h:notaport/db', 'the PostgreSQL driver reads'],
  ])('refuses %s=%s with “%s”', (name, value, message) => {
    expect(readNodeConfig({ [name]: value })).toEqual({
      problem: expect.stringContaining(message),
    })
  })

  it('accepts a Unix-socket DATABASE_URL, as the driver does', () => {
    const url = 'postgresql://user@/db?host=/run/postgresql'
    expect(readNodeConfig({ DATABASE_URL: url })).toMatchObject({ config: { DATABASE_URL: url } })
  })

  it('reads SITREP_TRUSTED_PROXIES as addresses and CIDR ranges, spaces allowed', () => {
    const read = readNodeConfig({ SITREP_TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.7 ,fd00::/8,::1' })
    expect(read).toMatchObject({
      config: { SITREP_TRUSTED_PROXIES: ['10.0.0.0/8', '192.0.2.7', 'fd00::/8', '::1'] },
    })
  })

  it.each([
    ['a host name', 'proxy.internal', '"proxy.internal"'],
    ['a short IPv4 spelling', '10.1', '"10.1"'],
    ['a prefix longer than the address', '10.0.0.0/33', '"10.0.0.0/33"'],
    ['an empty entry', '127.0.0.1,,::1', '""'],
  ])('refuses %s in SITREP_TRUSTED_PROXIES, quoting it', (_, value, quoted) => {
    const read = readNodeConfig({ SITREP_TRUSTED_PROXIES: value })
    expect(read).toEqual({ problem: expect.stringContaining('SITREP_TRUSTED_PROXIES') })
    expect(read).toEqual({
      problem: expect.stringContaining(`not an IP address or CIDR range: ${quoted}`),
    })
  })
})
