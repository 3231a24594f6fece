// `npm run test:faults`: the fuzz and fault suites (tests/fuzz/*.fuzz.ts, tests/faults/*.faults.ts).
// Their own file suffixes keep them out of `npm test`; they run one file at a time because the
// fault tests kill processes and time what they do.

import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/fuzz/**/*.fuzz.ts', 'tests/faults/**/*.faults.ts'],
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
