// Runs once before the test files: builds the client when it is missing or stale, so the e2e
// files (which run in parallel) never build it concurrently or test an old bundle.

import { buildClientIfStale } from '../../server/src/cli/client-build';

export default async function setup(): Promise<void> {
  await buildClientIfStale((line) => console.log(`[global setup] ${line}`));
}
