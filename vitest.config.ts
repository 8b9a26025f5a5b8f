import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One layout: every test lives under test/ (unit tests mirror src/ in test/unit/).
    include: ['test/**/*.test.ts'],
    // Eval-style tests read ../shared/data; they are slower than unit tests.
    testTimeout: 60_000,
    // Hooks load models (beforeAll creates analyzers); on a loaded 2-core machine that can exceed the default 10 s.
    hookTimeout: 60_000,
    pool: 'threads',
  },
});
