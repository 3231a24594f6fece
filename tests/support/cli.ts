// Runs `node server/bin/entente.js …` as a child process, as a user would, and collects its output.

import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ENTENTE = join(import.meta.dirname, '..', '..', 'server', 'bin', 'entente.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** The environment for a CLI child: the store in `dataDir`, never a developer's Neo4j. */
export function cliEnv(dataDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, ...extra };
  if (!('NEO4J_URI' in extra)) delete env['NEO4J_URI'];
  return env;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENTENTE, ...args], { env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) =>
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }),
    );
  });
}
