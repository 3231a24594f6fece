// Builds the client with Vite when its bundle is missing, so `npm start` works on a fresh clone.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths';

export const CLIENT_DIST = join(PROJECT_ROOT, 'client', 'dist');

export function clientIsBuilt(): boolean {
  return existsSync(join(CLIENT_DIST, 'index.html'));
}

export async function buildClientIfMissing(log: (line: string) => void): Promise<void> {
  if (clientIsBuilt()) return;
  log('building the client (first start only)…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: join(PROJECT_ROOT, 'client', 'vite.config.ts'), logLevel: 'warn' });
  log(`client built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
