// Bench suite `store`: ingest of generated articles into each store (ingestMany in batches of
// 64 articles, as `entente ingest` writes) beside a floor measured in the same run on the same rows — SQLite:
// plain INSERTs in one transaction; Neo4j: UNWIND $rows AS r CREATE (:BenchRow) in batches of
// 10,000 — then neighbourhood and shortest-path latency, p50 and p99, at that size.
// BENCH_ARTICLES (default 10,000) scales it down for a quick run; BENCH_STORES=sqlite (or neo4j)
// runs one store only. Latencies cycle through every actor in id order; the report says how much
// of the graph the neighbourhoods hold (on this dense graph depth 2 is all of it).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, ArticleGraph } from '../../server/src/domain';
import { extract } from '../../server/src/extract';
import { articleId } from '../../server/src/ingest/normalise';
import { createGateway } from '../../server/src/store/neo4j/gateway';
import { createNeo4jStore } from '../../server/src/store/neo4j';
import { databasePath, openDatabase } from '../../server/src/store/sqlite/connection';
import { createSqliteStore } from '../../server/src/store/sqlite';
import type { GraphStore } from '../../server/src/store/store';
import { generateArticles } from '../support/generate';
import { acquireNeo4j } from '../support/neo4j';

const COUNT = Number(process.env['BENCH_ARTICLES'] ?? 10_000);
const SAMPLES = Number(process.env['BENCH_SAMPLES'] ?? 200);
const BATCH = 10_000;
/** Articles per ingestMany call: the batch size of `entente ingest`. */
const INGEST_BATCH = 64;
const STORES = (process.env['BENCH_STORES'] ?? 'sqlite,neo4j').split(',');

interface Item {
  article: Article;
  graph: ArticleGraph;
}

interface Rate {
  seconds: number;
  articlesPerSecond: number;
  mentionsPerSecond: number;
}

interface Latency {
  p50: number;
  p99: number;
  samples: number;
}

interface StoreFigures {
  store: string;
  ingest: Rate;
  floor: Rate & { what: string };
  ratio: number;
  latencyMs: Record<string, Latency>;
  /** Mean size of the neighbourhoods the latencies measure, against the whole graph's. */
  reach: Reach;
}

interface Reach {
  actors: number;
  relations: number;
  depth1: { nodes: number; edges: number };
  depth2: { nodes: number; edges: number };
}

function prepare(): { items: Item[]; mentions: number } {
  const items = generateArticles({ count: COUNT, seed: 10_000 }).map((a) => {
    const extraction = extract(a.text, { lang: a.lang, date: a.publishedAt });
    const article: Article = {
      id: articleId(a.text),
      title: a.title,
      url: a.url,
      source: a.source,
      author: a.author,
      publishedAt: a.publishedAt,
      lang: extraction.lang,
      text: a.text,
      ingestedAt: new Date().toISOString(),
    };
    return { article, graph: { actors: extraction.actors, mentions: extraction.mentions } };
  });
  return { items, mentions: items.reduce((n, i) => n + i.graph.mentions.length, 0) };
}

/** The rows a store writes, flattened: one per article and one per mention. */
function rows(items: readonly Item[]): Record<string, string | number | null>[] {
  const out: Record<string, string | number | null>[] = [];
  for (const { article, graph } of items) {
    out.push({
      kind: 'article',
      id: article.id,
      title: article.title,
      source: article.source,
      publishedAt: article.publishedAt,
      lang: article.lang,
      text: article.text,
    });
    graph.mentions.forEach((m, index) => {
      out.push({
        kind: 'mention',
        id: `${article.id}:${index}`,
        articleId: article.id,
        source: m.source,
        type: m.type,
        target: m.target,
        claimant: m.claimant,
        modality: m.modality,
        sentence: m.sentence,
        start: m.start,
        end: m.end,
        trigger: m.trigger,
        confidence: m.confidence,
      });
    });
  }
  return out;
}

const rate = (seconds: number, mentions: number): Rate => ({
  seconds,
  articlesPerSecond: COUNT / seconds,
  mentionsPerSecond: mentions / seconds,
});

async function timeIngest(store: GraphStore, items: readonly Item[], mentions: number) {
  const started = performance.now();
  for (let i = 0; i < items.length; i += INGEST_BATCH) {
    await store.ingestMany(items.slice(i, i + INGEST_BATCH));
  }
  return rate((performance.now() - started) / 1000, mentions);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function latency(work: (i: number) => Promise<unknown>): Promise<Latency> {
  for (let i = 0; i < 10; i++) await work(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    await work(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), samples: SAMPLES };
}

/**
 * How much of the graph the measured neighbourhoods hold, averaged over every actor (the
 * latencies cycle through all actors in id order, so each is sampled alike): on a dense graph
 * depth 2 is the whole graph, and its latency is that of reading every relation.
 */
async function reach(store: GraphStore, actorIds: string[]): Promise<Reach> {
  const whole = await store.graph({});
  const mean = async (depth: number) => {
    let nodes = 0;
    let edges = 0;
    for (const id of actorIds) {
      const found = await store.neighbourhood(id, depth);
      nodes += found.nodes.length;
      edges += found.edges.length;
    }
    const n = Math.max(1, actorIds.length);
    return { nodes: Math.round(nodes / n), edges: Math.round(edges / n) };
  };
  return {
    actors: whole.nodes.length,
    relations: whole.edges.length,
    depth1: await mean(1),
    depth2: await mean(2),
  };
}

async function latencies(store: GraphStore, actorIds: string[]): Promise<Record<string, Latency>> {
  const pick = (i: number) => actorIds[i % actorIds.length]!;
  const twoHop = async (id: string) => {
    const first = await store.graph({ actors: [id] });
    const neighbours = first.nodes.map((n) => n.id);
    return store.graph({ actors: neighbours.length > 0 ? neighbours : [id] });
  };
  const out: Record<string, Latency> = {
    '1-hop graph({actors})': await latency((i) => store.graph({ actors: [pick(i)] })),
    '2-hop via graph({actors}) twice': await latency((i) => twoHop(pick(i))),
  };
  // Use the store's own traversal methods when they are there and work.
  try {
    await store.neighbourhood(pick(0), 1);
    out['neighbourhood depth 1'] = await latency((i) => store.neighbourhood(pick(i), 1));
    out['neighbourhood depth 2'] = await latency((i) => store.neighbourhood(pick(i), 2));
  } catch (error) {
    console.log(`  (no neighbourhood(): ${(error as Error).message})`);
  }
  try {
    await store.paths(pick(0), pick(1), { limit: 1 });
    out['shortest path'] = await latency((i) => store.paths(pick(i), pick(i + 7), { limit: 1 }));
  } catch (error) {
    console.log(`  (no paths(): ${(error as Error).message})`);
  }
  return out;
}

async function benchSqlite(items: Item[], mentions: number): Promise<StoreFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-store-'));
  try {
    const store = createSqliteStore({ dataDir: join(dir, 'store') });
    await store.init();
    const ingest = await timeIngest(store, items, mentions);

    // Floor: the same rows as plain INSERTs in one transaction, same pragmas (WAL, FULL sync).
    const db = openDatabase(databasePath({ dataDir: join(dir, 'floor') }), 5000);
    db.exec(`CREATE TABLE bench_rows (kind TEXT, id TEXT, title TEXT, source TEXT,
      published_at TEXT, lang TEXT, text TEXT, article_id TEXT, src TEXT, type TEXT, target TEXT,
      claimant TEXT, modality TEXT, sentence TEXT, start_offset INTEGER, end_offset INTEGER,
      trigger_word TEXT, confidence REAL)`);
    const insert = db.prepare(`INSERT INTO bench_rows VALUES (@kind, @id, @title, @source,
      @publishedAt, @lang, @text, @articleId, @source2, @type, @target, @claimant, @modality,
      @sentence, @start, @end, @trigger, @confidence)`);
    const all = rows(items).map((r) => ({
      kind: r['kind'] ?? null,
      id: r['id'] ?? null,
      title: r['title'] ?? null,
      source: r['kind'] === 'article' ? (r['source'] ?? null) : null,
      publishedAt: r['publishedAt'] ?? null,
      lang: r['lang'] ?? null,
      text: r['text'] ?? null,
      articleId: r['articleId'] ?? null,
      source2: r['kind'] === 'mention' ? (r['source'] ?? null) : null,
      type: r['type'] ?? null,
      target: r['target'] ?? null,
      claimant: r['claimant'] ?? null,
      modality: r['modality'] ?? null,
      sentence: r['sentence'] ?? null,
      start: r['start'] ?? null,
      end: r['end'] ?? null,
      trigger: r['trigger'] ?? null,
      confidence: r['confidence'] ?? null,
    }));
    const started = performance.now();
    db.transaction(() => {
      for (const row of all) insert.run(row);
    })();
    const floor = rate((performance.now() - started) / 1000, mentions);
    db.close();

    const actorIds = (await store.graph({})).nodes.map((n) => n.id);
    const latencyMs = await latencies(store, actorIds);
    const reached = await reach(store, actorIds);
    await store.close();
    return {
      store: 'sqlite',
      ingest,
      floor: { ...floor, what: 'plain INSERT of the same rows in one transaction' },
      ratio: ingest.articlesPerSecond / floor.articlesPerSecond,
      latencyMs,
      reach: reached,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchNeo4j(items: Item[], mentions: number): Promise<StoreFigures | string> {
  const acquired = await acquireNeo4j();
  if ('skip' in acquired) return acquired.skip;
  const { uri, user, password } = acquired;
  const gateway = createGateway({ uri, user, password });
  const store = createNeo4jStore({ uri, user, password });
  try {
    const [existing] = await gateway.read((tx) => tx.run('MATCH (a:Article) RETURN count(a) AS n'));
    if (existing?.['n'] !== 0) return `the Neo4j database at ${uri} is not empty`;
    await store.init();
    const ingest = await timeIngest(store, items, mentions);

    const all = rows(items);
    const started = performance.now();
    for (let i = 0; i < all.length; i += BATCH) {
      const batch = all.slice(i, i + BATCH);
      await gateway.write((tx) =>
        tx.run('UNWIND $rows AS r CREATE (b:BenchRow) SET b = r', { rows: batch }),
      );
    }
    const floor = rate((performance.now() - started) / 1000, mentions);
    await gateway
      .write((tx) =>
        tx.run('MATCH (b:BenchRow) CALL (b) { DETACH DELETE b } IN TRANSACTIONS OF 10000 ROWS'),
      )
      .catch(
        // CALL … IN TRANSACTIONS needs an implicit transaction; fall back to batches.
        async () => {
          for (;;) {
            const [r] = await gateway.write((tx) =>
              tx.run('MATCH (b:BenchRow) WITH b LIMIT 10000 DETACH DELETE b RETURN count(*) AS n'),
            );
            if (!r || r['n'] === 0) break;
          }
        },
      );

    const actorIds = (await store.graph({})).nodes.map((n) => n.id);
    const latencyMs = await latencies(store, actorIds);
    return {
      store: 'neo4j',
      ingest,
      floor: { ...floor, what: `UNWIND $rows AS r CREATE (:BenchRow) in batches of ${BATCH}` },
      ratio: ingest.articlesPerSecond / floor.articlesPerSecond,
      latencyMs,
      reach: await reach(store, actorIds),
    };
  } finally {
    await store.close();
    await gateway.close();
    await acquired.release();
  }
}

const f1 = (n: number) => n.toFixed(1);

export async function run(): Promise<void> {
  const { items, mentions } = prepare();
  console.log(`${COUNT} generated articles, ${mentions} mentions (extracted beforehand)`);
  const results: StoreFigures[] = STORES.includes('sqlite')
    ? [await benchSqlite(items, mentions)]
    : [];
  const neo4j = STORES.includes('neo4j')
    ? await benchNeo4j(items, mentions)
    : 'not asked for (BENCH_STORES)';
  if (typeof neo4j === 'string') console.log(`Neo4j part skipped: ${neo4j}`);
  else results.push(neo4j);

  const result = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
    articles: COUNT,
    mentions,
    targets: { ratioToFloor: 0.3, neighbourhoodP99Ms: 20 },
    stores: results,
    neo4jSkipped: typeof neo4j === 'string' ? neo4j : null,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join('bench-results', 'store.json'), `${JSON.stringify(result, null, 2)}\n`);

  console.log(`${result.date} on ${result.machine}`);
  for (const r of results) {
    console.log(`\n${r.store}`);
    console.log(
      `  ingest (${INGEST_BATCH}/tx)        ${f1(r.ingest.articlesPerSecond).padStart(10)} articles/s ${f1(r.ingest.mentionsPerSecond).padStart(10)} mentions/s  (${f1(r.ingest.seconds)} s)`,
    );
    console.log(
      `  floor                   ${f1(r.floor.articlesPerSecond).padStart(10)} articles/s ${f1(r.floor.mentionsPerSecond).padStart(10)} mentions/s  (${r.floor.what})`,
    );
    console.log(`  ratio to floor          ${r.ratio.toPrecision(3)} (target ≥ 0.3)`);
    for (const [name, l] of Object.entries(r.latencyMs)) {
      console.log(
        `  ${name.padEnd(32)} p50 ${l.p50.toFixed(2).padStart(7)} ms  p99 ${l.p99.toFixed(2).padStart(7)} ms`,
      );
    }
    const { actors, relations, depth1, depth2 } = r.reach;
    console.log(
      `  graph ${actors} actors, ${relations} relations; mean neighbourhood depth 1 ` +
        `${depth1.nodes} actors/${depth1.edges} relations, depth 2 ${depth2.nodes}/${depth2.edges}`,
    );
  }
  console.log('\nwritten to bench-results/store.json');
}
