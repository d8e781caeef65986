import { defineConfig } from 'vitest/config';

// Three projects, run in order by scripts/test.mjs:
// unit (src/lib, no build), build (reads dist/), browser (Chromium against dist/ served on 127.0.0.1).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One Chromium per file, files in sequence: a 2-core machine runs out of room otherwise.
          fileParallelism: false,
        },
      },
    ],
  },
});
