import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The contract suite runs against PostgreSQL too: the store's setup starts a throwaway server.
    globalSetup: [
      fileURLToPath(import.meta.resolve('@sitrep/store/testing/postgres-global-setup')),
    ],
    // These tests start real processes and runtimes; a slow CI machine needs room, and they must
    // not run in parallel with each other for the ports and CPU they take.
    testTimeout: 600_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})
