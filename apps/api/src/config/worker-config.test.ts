import { describe, expect, it } from 'vitest'
import { appOptions } from './app-options.ts'
import { readWorkerConfig } from './worker-config.ts'

describe('readWorkerConfig', () => {
  it('reads the vars through the Node schema’s shared part, ignoring the D1 binding', () => {
    const settings = readWorkerConfig({
      DB: { prepare: () => undefined },
      SITREP_CORS_ORIGINS: 'https://desk.example',
      SITREP_RATE_LIMIT_PER_MINUTE: '120',
    })
    expect(appOptions(settings)).toMatchObject({
      requireKeyForReads: false,
      corsOrigins: ['https://desk.example'],
      rateLimit: { limit: 120, windowMs: 60_000 },
    })
  })

  it('throws naming the variable, so a bad deployment fails loudly on its first request', () => {
    expect(() => readWorkerConfig({ SITREP_REQUIRE_KEY_FOR_READS: 'ture' })).toThrow(
      'SITREP_REQUIRE_KEY_FOR_READS: must be true or false',
    )
  })
})

describe('appOptions', () => {
  it('turns a rate limit of 0 into no limiting at all', () => {
    expect(
      appOptions({
        SITREP_CORS_ORIGINS: '*',
        SITREP_REQUIRE_KEY_FOR_READS: true,
        SITREP_RATE_LIMIT_PER_MINUTE: 0,
        SITREP_IMPORT_MAX_BYTES: 1000,
        SITREP_IMPORT_MAX_LINE_BYTES: 100,
        SITREP_IMPORT_MAX_LINES: 10,
        SITREP_MAX_STREAMS_PER_CLIENT: 3,
      }),
    ).toEqual({
      requireKeyForReads: true,
      corsOrigins: '*',
      rateLimit: false,
      maxStreamsPerClient: 3,
      importLimits: { maxBytes: 1000, maxLineBytes: 100, maxLines: 10 },
    })
  })
})
