import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'codegen/**/*.test.ts', 'cli/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration tests start servers and DuckDB instances; two cores on CI.
    maxWorkers: 2,
  },
});
