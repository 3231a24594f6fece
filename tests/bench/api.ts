// Bench suite `api`: requests per second and latency of GraphQL over HTTP under 16 concurrent
// connections (autocannon). The floor is a bare graphql-yoga answering `{ __typename }` in the
// same run; then Entente's neighborhood(depth: 2) and graph(filter) on SQLite holding
// BENCH_ARTICLES (default 10,000) generated articles, BENCH_SECONDS (default 20) per query —
// once as `npm start` serves them (repeated queries answered from the response cache until the
// data changes) and once with that cache off (every request resolved by the store and GraphQL).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createSchema, createYoga } from 'graphql-yoga';
import { loadSettings } from '../../server/src/config';
import { createEntenteYoga } from '../../server/src/graphql/yoga';
import { createApp } from '../../server/src/http/app';
import { ingestArticle } from '../../server/src/ingest/pipeline';
import { openStore } from '../../server/src/store/open-store';
import { generateArticles } from '../support/generate';

const COUNT = Number(process.env['BENCH_ARTICLES'] ?? 10_000);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 20);
const CONNECTIONS = 16;

interface Figures {
  name: string;
  query: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  ratioToFloor: number;
}

const GRAPH_FIELDS =
  'nodes { id name kind } edges { id type evidenceCount source { id } target { id } }';
const QUERIES = {
  neighborhood: `{ neighborhood(actorId: "PRK", depth: 2) { ${GRAPH_FIELDS} } }`,
  graph: `{ graph(filter: { types: [SUPPLIES, THREATENS], minEvidence: 2 }) { ${GRAPH_FIELDS} } }`,
};

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

async function load(port: number, query: string): Promise<autocannon.Result> {
  return autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
    connections: CONNECTIONS,
    duration: SECONDS,
  });
}

/** A SQLite store with COUNT generated articles, kept in the temp dir between runs. */
async function benchStore() {
  const dataDir = join(tmpdir(), `entente-bench-api-${COUNT}`);
  const marker = join(dataDir, 'complete');
  const store = await openStore(loadSettings({}, { dataDir }));
  if (!existsSync(marker) || Number(readFileSync(marker, 'utf8')) !== COUNT) {
    const started = Date.now();
    for (const article of generateArticles({ count: COUNT, seed: 20_000 })) {
      await ingestArticle(store, article);
    }
    writeFileSync(marker, String(COUNT));
    console.log(`  ingested ${COUNT} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return { store, dataDir };
}

export async function run(): Promise<void> {
  const floorYoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }),
    logging: false,
  });
  const floorServer = createServer(floorYoga);
  const floorPort = await listen(floorServer);

  const { store, dataDir } = await benchStore();
  const settings = loadSettings({}, { dataDir });
  const yoga = createEntenteYoga({ store, settings });
  const server = createServer(createApp({ yoga, store, clientDir: null }));
  const port = await listen(server);
  const uncachedYoga = createEntenteYoga({ store, settings, graphql: { responseCacheBytes: 0 } });
  const uncachedServer = createServer(createApp({ yoga: uncachedYoga, store, clientDir: null }));
  const uncachedPort = await listen(uncachedServer);

  const figures: Figures[] = [];
  const record = (name: string, query: string, result: autocannon.Result, floor: number) => {
    figures.push({
      name,
      query,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      ratioToFloor: floor > 0 ? result.requests.average / floor : 0,
    });
    const f = figures[figures.length - 1]!;
    console.log(
      `  ${name.padEnd(24)} ${f.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${f.p50} ms  p99 ${f.p99} ms  ` +
        `ratio ${f.ratioToFloor.toFixed(2)}${f.errors + f.non2xx > 0 ? `  (${f.errors} errors, ${f.non2xx} non-2xx)` : ''}`,
    );
  };

  try {
    const stats = await store.stats();
    console.log(
      `${COUNT} articles, ${stats.mentions} mentions, ${stats.relations} relations; ${CONNECTIONS} connections, ${SECONDS} s per query`,
    );
    const floor = await load(floorPort, '{ __typename }');
    record('floor', '{ __typename }', floor, floor.requests.average);
    for (const [name, query] of Object.entries(QUERIES)) {
      record(name, query, await load(port, query), floor.requests.average);
    }
    for (const [name, query] of Object.entries(QUERIES)) {
      const result = await load(uncachedPort, query);
      record(`${name} (no cache)`, query, result, floor.requests.average);
    }
  } finally {
    await new Promise((resolve) => floorServer.close(resolve));
    for (const open of [server, uncachedServer]) {
      open.closeAllConnections();
      await new Promise((resolve) => open.close(resolve));
    }
    await store.close();
  }

  const result = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
    articles: COUNT,
    connections: CONNECTIONS,
    seconds: SECONDS,
    figures,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join('bench-results', 'api.json'), `${JSON.stringify(result, null, 2)}\n`);
}
