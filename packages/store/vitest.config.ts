import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Starts a throwaway PostgreSQL (scripts/postgres.sh) so the store suite runs on both engines.
    globalSetup: ['./src/testing/postgres-global-setup.ts'],
    // The crash test and the PostgreSQL-backed suites spawn real processes.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
