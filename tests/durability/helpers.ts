// Shared by the durability tests: an ingest child whose acknowledgements (--json lines) are
// watched as they come, and the check that stored mentions are exactly what extract() gives.

import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ArticleResult } from '../../server/src/ingest/bulk';
import { ENTENTE } from '../support/cli';

export interface IngestChild {
  child: ChildProcessByStdio<null, Readable, Readable>;
  results: ArticleResult[];
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `entente ingest --json ARGS…`; `onResult` sees each line as it is printed. */
export function spawnIngest(
  args: string[],
  env: NodeJS.ProcessEnv,
  onResult: (result: ArticleResult, all: ArticleResult[]) => void = () => {},
): IngestChild {
  const child = spawn(process.execPath, [ENTENTE, 'ingest', '--json', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const results: ArticleResult[] = [];
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  lines.on('line', (line) => {
    const result = JSON.parse(line) as ArticleResult;
    results.push(result);
    onResult(result, results);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    // Wait for stdout to end too, so every printed line has been read.
    let closed = 0;
    let status = { code: null as number | null, signal: null as NodeJS.Signals | null };
    const done = () => {
      closed += 1;
      if (closed === 2) resolve(status);
    };
    child.once('exit', (code, signal) => {
      status = { code, signal };
      done();
    });
    lines.once('close', done);
  });
  return { child, results, stderr: () => stderr, exited };
}

export {
  expectedMentions,
  partialArticles as mismatches,
  storedMentions,
} from '../support/mentions';
