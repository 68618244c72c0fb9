import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // Real builds (tests/build) share Astro's .astro/ folder: npm run test:build runs them one file at a time.
    // Snapshots and date arithmetic must not depend on the machine's zone.
    // Unit tests exercise the real formatters and rasteriser, never entries cached by earlier builds.
    env: { TZ: 'UTC', CHRONOLOGY_CACHE: 'off' },
  },
});
