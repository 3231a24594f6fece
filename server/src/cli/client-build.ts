// Builds the client with Vite when its bundle is missing or older than its sources, so
// `npm start` works on a fresh clone and never serves a stale page after a pull.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from './paths';

const CLIENT = join(PROJECT_ROOT, 'client');
export const CLIENT_DIST = join(CLIENT, 'dist');
const BUNDLE = join(CLIENT_DIST, 'index.html');

export function clientIsBuilt(): boolean {
  return existsSync(BUNDLE);
}

/** True when there is no bundle, or a source file changed after it was built. */
export function clientIsStale(): boolean {
  if (!clientIsBuilt()) return true;
  const builtAt = statSync(BUNDLE).mtimeMs;
  const sources = [join(CLIENT, 'index.html'), join(CLIENT, 'vite.config.ts')];
  return [...sources, ...filesUnder(join(CLIENT, 'src'))].some(
    (file) => existsSync(file) && statSync(file).mtimeMs > builtAt,
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

export async function buildClientIfStale(log: (line: string) => void): Promise<void> {
  if (!clientIsStale()) return;
  log(clientIsBuilt() ? 'rebuilding the client (sources changed)…' : 'building the client…');
  const started = Date.now();
  await viteBuild();
  log(`client built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Runs `vite build` in a child process with NODE_ENV=production: inside a test run NODE_ENV is
 * "test", and Vite would then bundle React's development build.
 */
function viteBuild(): Promise<void> {
  const vite = join(
    dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [vite, 'build', '--config', join(CLIENT, 'vite.config.ts'), '--logLevel', 'warn'],
      { cwd: PROJECT_ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' },
    );
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`)),
    );
  });
}
