import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The first test of a file loads the language model and compiles the rules' patterns: 0.3 s
    // on a quiet machine, 11 s seen on two cores at load 10 (CI runs packages side by side).
    testTimeout: 30_000,
  },
})
