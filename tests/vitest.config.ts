import { defineConfig } from 'vitest/config'

// These tests start real processes; a slow CI machine needs room, and they must not run in parallel
// with each other for the ports and CPU they take.
export default defineConfig({
  test: { testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false },
})
