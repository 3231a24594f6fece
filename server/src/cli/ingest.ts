// `entente ingest PATH...`: bulk ingest of files, folders and globs (.txt, .md, .html, .jsonl)
// into the store, with progress, one line per article once it is committed (its
// acknowledgement; `--json` for one JSON object per line), and a summary.

import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { bulkIngest, type ArticleResult } from '../ingest/bulk';
import { createExtractPool } from '../ingest/extract-pool';
import { countItems, readItems, type WorkItem } from '../ingest/items';
import { createProgress } from '../ingest/progress';
import { expandPaths } from '../ingest/sources';
import { openStore } from '../store/open-store';
import { readCommandLine, UsageError } from './store-command';

const USAGE = `usage: entente ingest [--store sqlite|neo4j] [--json] [--workers N] PATH...
  PATH      a file (.txt, .md, .html, .jsonl), a folder (searched recursively) or a glob
  --store   sqlite (DATA_DIR; ignores NEO4J_URI) or neo4j (needs NEO4J_URI); default: neo4j
            when NEO4J_URI is set, else sqlite
  --json    one JSON line per article on stdout: {path, id, status, reason?}
  --workers extraction threads (default: one per core but one; 0 extracts in the main thread)`;

interface Options {
  paths: string[];
  store: string | undefined;
  json: boolean;
  workers: number;
}

function parseOptions(argv: string[]): Options | { help: true } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        store: { type: 'string' },
        json: { type: 'boolean', default: false },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length === 0) throw new UsageError('no PATH given');
  // The main thread writes to the store, so it keeps a core of its own: measured on 2 cores,
  // 2 extraction workers were slower than 1 (0.88x).
  const workers =
    values.workers === undefined ? Math.max(1, availableParallelism() - 1) : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
    throw new UsageError(`--workers must be a whole number from 0 to 64, not "${values.workers}"`);
  }
  return { paths: positionals, store: values.store, json: values.json, workers };
}

export async function ingestCommand(argv: string[]): Promise<number> {
  const read = readCommandLine('ingest', USAGE, () => parseOptions(argv));
  if (typeof read === 'number') return read;
  const { options, settings } = read;

  const out = (line: string) => process.stdout.write(`${line}\n`);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  const tty = process.stdout.isTTY === true && !options.json;
  const { files, missing } = expandPaths(options.paths);
  const total = missing.length + (await countItems(files));

  const store = await openStore(settings, { log: err });
  const pool = createExtractPool(options.workers, err);
  const progress = createProgress({ total, tty, stream: process.stdout, line: err });
  const show = (result: ArticleResult) => {
    if (options.json) out(JSON.stringify(result));
    else if (!tty) out(resultLine(result));
    else if (result.status === 'failed') progress.log(resultLine(result));
    progress.tick();
  };

  const started = performance.now();
  let summary;
  try {
    summary = await bulkIngest(store, items(missing, files), { pool, onResult: show });
  } finally {
    progress.stop();
    await pool.close();
    await store.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const done = summary.created + summary.unchanged + summary.failed.length;
  const lines = [
    `${done} articles in ${seconds.toFixed(1)} s (${(done / Math.max(seconds, 1e-9)).toFixed(1)} articles/s): ` +
      `${summary.created} created, ${summary.unchanged} unchanged, ${summary.failed.length} failed`,
  ];
  if (summary.failed.length > 0) {
    lines.push('failed:', ...summary.failed.map((f) => `  ${f.path}: ${f.reason ?? 'unknown'}`));
  }
  if (summary.stopped) {
    lines.push(
      `stopped early, ${total - done} of ${total} articles not attempted: ${summary.stopped}`,
    );
  }
  for (const line of lines) (options.json ? err : out)(line);
  return summary.failed.length > 0 || summary.stopped ? 1 : 0;
}

async function* items(
  missing: readonly { path: string; reason: string }[],
  files: readonly string[],
): AsyncGenerator<WorkItem> {
  yield* missing;
  yield* readItems(files);
}

function resultLine({ path, status, reason }: ArticleResult): string {
  if (status === 'failed') return `failed    ${path}: ${reason ?? 'unknown'}`;
  return `${status.padEnd(9)} ${path}`;
}
