import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The cache key and default cache folder of library calls in tests: never the real user's.
    env: { XDG_CACHE_HOME: path.join(tmpdir(), `loccheck-vitest-cache-${process.pid}`) },
  },
});
