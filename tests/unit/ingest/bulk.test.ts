import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../../../server/src/extract';
import { bulkIngest, type ArticleResult } from '../../../server/src/ingest/bulk';
import { createExtractPool, type ExtractPool } from '../../../server/src/ingest/extract-pool';
import type { WorkItem } from '../../../server/src/ingest/items';
import { articleId } from '../../../server/src/ingest/normalise';
import { createSqliteStore } from '../../../server/src/store/sqlite';
import type { GraphStore } from '../../../server/src/store/store';
import { generateArticles } from '../../support/generate';

async function* from(items: WorkItem[]): AsyncGenerator<WorkItem> {
  yield* items;
}

const open: { store?: GraphStore; pool?: ExtractPool } = {};
afterEach(async () => {
  await open.pool?.close();
  await open.store?.close();
});

async function run(items: WorkItem[], workers: number) {
  const store = (open.store = createSqliteStore({ dataDir: ':memory:' }));
  await store.init();
  const pool = (open.pool = createExtractPool(workers));
  const results: ArticleResult[] = [];
  const summary = await bulkIngest(store, from(items), {
    pool,
    onResult: (result) => results.push(result),
    window: 4,
  });
  return { store, results, summary };
}

const articles = generateArticles({ count: 40, seed: 7 });
const items = articles.map((a) => ({
  path: `${a.name}.md`,
  submission: { text: a.text, title: a.title, source: a.source, publishedAt: a.publishedAt },
}));

describe('bulk ingest', () => {
  it('reports every article in input order with created, unchanged or failed', async () => {
    const { results, summary } = await run(
      [
        items[0]!,
        { path: 'broken.jsonl:2', reason: 'not valid JSON' },
        items[1]!,
        { path: 'again.md', submission: items[0]!.submission },
        { path: 'empty.txt', submission: { text: '   ' } },
      ],
      0,
    );
    expect(results).toEqual([
      { path: items[0]!.path, id: articleId(articles[0]!.text), status: 'created' },
      { path: 'broken.jsonl:2', id: null, status: 'failed', reason: 'not valid JSON' },
      { path: items[1]!.path, id: articleId(articles[1]!.text), status: 'created' },
      { path: 'again.md', id: articleId(articles[0]!.text), status: 'unchanged' },
      { path: 'empty.txt', id: null, status: 'failed', reason: 'text: text is empty' },
    ]);
    expect(summary).toMatchObject({ created: 2, unchanged: 1, stopped: null });
    expect(summary.failed).toHaveLength(2);
  });

  it('stores in worker threads exactly the mentions extract() finds', async () => {
    const { store, results } = await run([...items], 2);
    expect(open.pool?.size).toBe(2);
    expect(results.map((r) => r.status)).toEqual(items.map(() => 'created'));
    const graph = await store.graph({ modalities: ['ASSERTED', 'HEDGED', 'NEGATED', 'QUESTION'] });
    const stored = await store.evidence(graph.edges.map((e) => e.id));
    const expected = articles.reduce(
      (n, a) => n + extract(a.text, { date: a.publishedAt }).mentions.length,
      0,
    );
    expect(stored).toHaveLength(expected);
    expect(await store.countArticles()).toBe(items.length);
  });

  it('stops with a reason when the store becomes unavailable', async () => {
    const { store } = await run([], 0);
    await store.close();
    const results: ArticleResult[] = [];
    const summary = await bulkIngest(store, from(items.slice(0, 5)), {
      pool: open.pool!,
      onResult: (r) => results.push(r),
    });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'failed' });
    expect(summary.stopped).toMatch(/sqlite store is unavailable/);
  });
});
