// The `dev` command: the server under tsx watch (restarts on change) and Vite with hot reload.

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths';

export async function devCommand(): Promise<number> {
  const require = createRequire(import.meta.url);
  const tsxCli = require.resolve('tsx/cli');
  const server = spawn(
    process.execPath,
    [tsxCli, 'watch', '--clear-screen=false', join(PROJECT_ROOT, 'server/bin/entente.js'), 'serve'],
    { stdio: 'inherit', cwd: PROJECT_ROOT },
  );
  const { createServer } = await import('vite');
  const vite = await createServer({ configFile: join(PROJECT_ROOT, 'client', 'vite.config.ts') });
  await vite.listen();
  vite.printUrls();
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    server.once('exit', stop);
  });
  server.kill('SIGTERM');
  await vite.close();
  return 0;
}
