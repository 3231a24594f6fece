// `npm run test:load`: the load test (tests/load/*.load.ts), alone, so nothing else shares the
// two cores while it measures. LOAD_SECONDS shortens it (default 60).

import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/load/**/*.load.ts'],
    testTimeout: 300_000,
    fileParallelism: false,
  },
});
