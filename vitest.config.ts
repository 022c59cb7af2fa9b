import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Site and browser tests run real Eleventy builds and a real Chromium: give them time, not retries.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Builds write into temporary folders but share Eleventy's process-wide state: one file at a time.
    fileParallelism: false,
  },
})
