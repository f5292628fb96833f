import { describe, expect, it } from 'vitest'
import { readNodeConfig } from './config.ts'

describe('readNodeConfig', () => {
  it('gives the README’s defaults, an empty variable counting as unset', () => {
    const read = readNodeConfig({ PORT: '', DATABASE_URL: '', INIT_CWD: '/srv/sitrep' })
    expect(read).toEqual({
      config: {
        PORT: 8787,
        HOST: '127.0.0.1',
        SITREP_DATA_DIR: '/srv/sitrep/data',
        SITREP_RATE_LIMIT_PER_MINUTE: 600,
        SITREP_REQUIRE_KEY_FOR_READS: 'false',
      },
    })
  })

  it('names the variable at fault', () => {
    expect(readNodeConfig({ PORT: '99999', DATABASE_URL: 'mysql://x' })).toEqual({
      problem: expect.stringMatching(/PORT.*DATABASE_URL|DATABASE_URL.*PORT/),
    })
  })
})
