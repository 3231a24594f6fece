// `npm run bench [-- SUITE...]`: runs the named benchmark suites (all when none is named).
// Benchmarks measure and write bench-results/ and BENCHMARKS.md; they are not tests.

import { writeReport } from './report';

const SUITES: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  pipeline: () => import('./pipeline'),
  extract: () => import('./extract'),
  store: () => import('./store'),
  api: () => import('./api'),
  ui: () => import('./ui'),
};

const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = asked.filter((name) => !(name in SUITES));
if (unknown.length > 0) {
  console.error(
    `unknown bench suite(s): ${unknown.join(', ')}; known: ${Object.keys(SUITES).join(', ')}`,
  );
  process.exit(2);
}
for (const name of asked.length > 0 ? asked : Object.keys(SUITES)) {
  console.log(`\n== bench ${name}`);
  await (await SUITES[name]!()).run();
}
// `load` is written by `npm run test:load`, which measures under load rather than alone.
writeReport([...Object.keys(SUITES), 'load']);
console.log('\nBENCHMARKS.md written from bench-results/');
