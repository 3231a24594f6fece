// Load: 32 connections against one `entente serve` (SQLite) on loopback for LOAD_SECONDS (60 by
// default): 90 % reads (graph, neighbourhood, evidence), 10 % ingests of distinct articles. Zero
// errors, zero lost articles. Then the speed-up of `entente ingest --workers 2` over
// `--workers 1` on the same folder. Figures go to bench-results/load.json.

import autocannon from 'autocannon';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../server/src/store/sqlite';
import { articleInput, freePort, INGEST, startServe } from '../faults/support';
import { cliEnv, runCli } from '../support/cli';
import { generateArticles, writeMarkdownFiles } from '../support/generate';

const SECONDS = Number(process.env['LOAD_SECONDS'] ?? '60');
const CONNECTIONS = 32;
const PRELOADED = 200;
const WORKER_ARTICLES = 500;
const RESULTS = join(import.meta.dirname, '..', '..', 'bench-results', 'load.json');

const READS = [
  '{ graph { nodes { id name } edges { id type evidenceCount source { id } target { id } } } }',
  '{ neighborhood(actorId: "RUS", depth: 2) { nodes { id } edges { id evidenceCount } } }',
  '{ evidence(first: 20) { totalCount nodes { sentence start end modality article { title } } } }',
  '{ neighborhood(actorId: "PRK") { edges { id evidence { sentence } } } }',
];

const dir = mkdtempSync(join(tmpdir(), 'entente-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const figures: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
};

function save(): void {
  mkdirSync(join(RESULTS, '..'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(figures, null, 2)}\n`);
}

interface Slot {
  kind: 'read' | 'ingest';
  text?: string;
}

describe('Entente under load', () => {
  it(
    `answers 32 connections of mixed reads and ingests for ${SECONDS} s without an error or a lost article`,
    async () => {
      const dataDir = join(dir, 'load-data');
      const folder = join(dir, 'preload');
      writeMarkdownFiles(folder, generateArticles({ count: PRELOADED, seed: 31 }));
      const preload = await runCli(['ingest', folder], cliEnv(dataDir));
      expect(preload.code, preload.stderr).toBe(0);

      const server = await startServe(await freePort(), cliEnv(dataDir, { HOST: '127.0.0.1' }));
      expect(new URL(server.url).hostname).toBe('127.0.0.1'); // loopback only
      const templates = generateArticles({ count: 100, seed: 32 });
      const acknowledged = new Set<string>();
      const failures: string[] = [];
      let counter = 0;
      let ingests = 0;
      let reads = 0;
      try {
        const result = await autocannon({
          url: `${server.url}/graphql`,
          connections: CONNECTIONS,
          duration: SECONDS,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          requests: [
            {
              setupRequest: (request, context) => {
                const slot = context as Slot;
                const n = counter++;
                if (n % 10 === 9) {
                  const template = templates[n % templates.length]!;
                  slot.kind = 'ingest';
                  // The request number keeps every text, and so every article, distinct.
                  const input = { ...articleInput(template), text: `${template.text}\nLast ${n}.` };
                  return {
                    ...request,
                    body: JSON.stringify({ query: INGEST, variables: { input } }),
                  };
                }
                slot.kind = 'read';
                return { ...request, body: JSON.stringify({ query: READS[n % READS.length] }) };
              },
              onResponse: (status, body, context) => {
                const slot = context as Slot;
                let parsed: {
                  data?: { ingestArticle?: { created: boolean; article: { id: string } } } | null;
                  errors?: unknown[];
                };
                try {
                  parsed = JSON.parse(body) as typeof parsed;
                } catch {
                  failures.push(`${status}: ${body.slice(0, 200)}`);
                  return;
                }
                if (status !== 200 || parsed.errors) {
                  failures.push(`${status}: ${body.slice(0, 200)}`);
                  return;
                }
                if (slot.kind === 'ingest') {
                  ingests += 1;
                  const ingested = parsed.data?.ingestArticle;
                  if (ingested?.created) acknowledged.add(ingested.article.id);
                  else failures.push(`ingest not created: ${body.slice(0, 200)}`);
                } else reads += 1;
              },
            },
          ],
        });
        const errors = result.errors + result.timeouts + result.non2xx + failures.length;
        figures['load'] = {
          seconds: SECONDS,
          connections: CONNECTIONS,
          store: 'sqlite',
          preloadedArticles: PRELOADED,
          requests: result.requests.total,
          requestsPerSecond: result.requests.average,
          reads,
          ingests,
          acknowledgedArticles: acknowledged.size,
          errors,
          latencyMs: {
            p50: result.latency.p50,
            p90: result.latency.p90,
            p99: result.latency.p99,
            max: result.latency.max,
          },
        };
        console.log(
          `load: ${result.requests.total} requests (${reads} reads, ${ingests} ingests) in ${SECONDS} s, ` +
            `${result.requests.average} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
            `${errors} errors`,
        );
        expect(failures.slice(0, 5)).toEqual([]);
        expect(errors).toBe(0);
        expect(ingests).toBeGreaterThan(0);
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
      }

      const store = createSqliteStore({ dataDir });
      try {
        const stored = new Set((await store.articles()).map((a) => a.id));
        const lost = [...acknowledged].filter((id) => !stored.has(id));
        Object.assign(figures['load'] as object, {
          lostArticles: lost.length,
          storedArticles: stored.size,
        });
        save();
        expect(lost).toEqual([]);
        // Requests still in flight when the run ends may be stored without an answer read.
        expect(stored.size).toBeGreaterThanOrEqual(PRELOADED + acknowledged.size);
        expect(stored.size).toBeLessThanOrEqual(PRELOADED + acknowledged.size + CONNECTIONS);
      } finally {
        await store.close();
      }
    },
    (SECONDS + 120) * 1000,
  );

  it('measures the speed-up of two ingest workers over one', async () => {
    const folder = join(dir, 'bulk');
    writeMarkdownFiles(folder, generateArticles({ count: WORKER_ARTICLES, seed: 33 }));
    const seconds: Record<string, number> = {};
    for (const workers of [1, 2]) {
      const run = await runCli(
        ['ingest', '--workers', String(workers), folder],
        cliEnv(join(dir, `workers-${workers}`)),
      );
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`${WORKER_ARTICLES} created, 0 unchanged, 0 failed`);
      seconds[workers] = run.seconds;
    }
    const speedUp = seconds[1]! / seconds[2]!;
    figures['ingestWorkers'] = {
      articles: WORKER_ARTICLES,
      store: 'sqlite',
      cores: cpus().length,
      secondsWith1Worker: Number(seconds[1]!.toFixed(2)),
      secondsWith2Workers: Number(seconds[2]!.toFixed(2)),
      articlesPerSecondWith1: Math.round(WORKER_ARTICLES / seconds[1]!),
      articlesPerSecondWith2: Math.round(WORKER_ARTICLES / seconds[2]!),
      speedUp: Number(speedUp.toFixed(2)),
      note: 'wall time of the whole command, process start included',
    };
    save();
    console.log(
      `ingest of ${WORKER_ARTICLES} articles: ${seconds[1]!.toFixed(1)} s with 1 worker, ` +
        `${seconds[2]!.toFixed(1)} s with 2: speed-up ${speedUp.toFixed(2)}×`,
    );
  }, 300_000);
});
