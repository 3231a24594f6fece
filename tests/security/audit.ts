// `npm audit --omit=dev`, as .ci/run calls it: exit 0 when no high or critical advisory is found
// in what Entente ships, 1 when one is, and 3 when the advisory service cannot be asked (this
// workplace's registry answers the audit request with 405): then nothing was checked, and the
// output says so instead of passing.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string }>;
  message?: string;
}

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  cwd: join(import.meta.dirname, '..', '..'),
  encoding: 'utf8',
});
let report: AuditReport = {};
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  // Not JSON: the service did not answer; reported below.
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const why = report.message ?? run.stderr.trim().split('\n')[0] ?? `exit ${run.status}`;
  console.log(`npm audit NOT CHECKED: the advisory service could not be asked (${why})`);
  process.exit(3);
}
const serious = Object.entries(report.vulnerabilities ?? {})
  .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
  .map(([name, v]) => `${name} (${v.severity})`);
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
if (serious.length > 0) {
  console.log(`high or critical advisories: ${serious.join(', ')}`);
  process.exit(1);
}
