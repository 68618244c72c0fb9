import { defineConfig } from 'vitest/config';

/**
 * Tests over the built site (dist/, or DIST_DIR): run after `npm run build`, which also writes
 * the search index. Kept apart from the unit tests, which must not need a build.
 */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    // Parsing every page in beforeAll takes a few seconds of CPU; on a busy machine more than the default 10 s.
    hookTimeout: 60_000,
  },
});
