import { defineConfig } from 'vitest/config';

/** The slow suite (`npm run test:slow`): large hostile inputs the normal `npm test` leaves out. */
export default defineConfig({
  test: {
    include: ['tests/**/*.slow.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
