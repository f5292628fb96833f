import { defineConfig } from 'vitest/config'

// CI is a loaded 2-core machine: the route suites build seeded stores and the property test
// sends 2,000 requests, so tests get room rather than a stopwatch.
export default defineConfig({
  test: { testTimeout: 120_000, hookTimeout: 120_000 },
})
