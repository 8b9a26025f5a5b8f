import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Eval-style tests read ../shared/data; they are slower than unit tests.
    testTimeout: 60_000,
    pool: 'threads',
  },
});
