import { defineConfig } from 'vitest/config'

// Command tests start the real `sitrep` bin (tsx compiles on start): a slow 2-core machine
// needs room, and the conditions are waited for rather than timed.
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 60_000 },
})
