import { afterEach, describe, expect, it } from 'vitest';
import { loadSettings } from '../../server/src/config';
import { openStore } from '../../server/src/store/open-store';
import type { GraphStore } from '../../server/src/store/store';
import { ingestArticle } from '../../server/src/ingest/pipeline';
import { createTestApi, type TestApi } from '../support/api';

/** Wraps the store so that calls to `graph` and `neighbourhood` are counted. */
function countReads(calls: { n: number }) {
  return (store: GraphStore): GraphStore => ({
    ...store,
    graph: (filter) => {
      calls.n += 1;
      return store.graph(filter);
    },
    graphDetail: (filter) => {
      calls.n += 1;
      return store.graphDetail(filter);
    },
    neighbourhood: (id, depth, filter) => {
      calls.n += 1;
      return store.neighbourhood(id, depth, filter);
    },
  });
}

const GRAPH = '{ graph { nodes { id } edges { id evidenceCount } } }';
const NEIGHBOURS = 'query($id: ID!) { neighborhood(actorId: $id, depth: 1) { edges { id } } }';
const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { created } }`;

const ARTICLE = {
  title: 'Belarus liefert Munition an Russland',
  text: 'Belarus liefert Munition an Russland. Das meldet die Ukraine.',
  publishedAt: '2025-03-02T08:00:00Z',
  lang: 'de',
};

describe('repeated queries while the data is unchanged', () => {
  let api: TestApi | null = null;
  afterEach(async () => {
    await api?.cleanup();
    api = null;
  });

  it('answers a repeated query from memory with the same body', async () => {
    const calls = { n: 0 };
    api = await createTestApi({ wrapStore: countReads(calls) });
    const first = await api.query(GRAPH);
    const second = await api.query(GRAPH);
    expect(second).toEqual(first);
    expect(first.errors).toBeUndefined();
    expect(calls.n).toBe(1);
  });

  it('keeps different variables apart', async () => {
    const calls = { n: 0 };
    api = await createTestApi({ wrapStore: countReads(calls) });
    const prk = await api.query<{ neighborhood: { edges: unknown[] } }>(NEIGHBOURS, { id: 'PRK' });
    const usa = await api.query<{ neighborhood: { edges: unknown[] } }>(NEIGHBOURS, { id: 'USA' });
    expect(prk.data?.neighborhood.edges).not.toEqual(usa.data?.neighborhood.edges);
    expect(calls.n).toBe(2);
  });

  it('answers afresh after an ingest through the API', async () => {
    const calls = { n: 0 };
    api = await createTestApi({ wrapStore: countReads(calls) });
    const before = await api.query<{ graph: { edges: { id: string }[] } }>(GRAPH);
    const ingested = await api.query(INGEST, { input: ARTICLE });
    expect(ingested.errors).toBeUndefined();
    const after = await api.query<{ graph: { edges: { id: string }[] } }>(GRAPH);
    expect(calls.n).toBe(2);
    const ids = (r: typeof after) => r.data?.graph.edges.map((e) => e.id) ?? [];
    expect(ids(after)).toContain('BLR:SUPPLIES:RUS');
    expect(ids(before)).not.toContain('BLR:SUPPLIES:RUS');
  });

  it('answers afresh after another process writes to the same database', async () => {
    api = await createTestApi();
    const before = await api.query<{ graph: { edges: { id: string }[] } }>(GRAPH);
    // A second connection to the same file stands for another process (e.g. `entente ingest`).
    const other = await openStore(loadSettings({}, { dataDir: api.dataDir }));
    try {
      await ingestArticle(other, ARTICLE);
    } finally {
      await other.close();
    }
    const after = await api.query<{ graph: { edges: { id: string }[] } }>(GRAPH);
    const ids = (r: typeof after) => r.data?.graph.edges.map((e) => e.id) ?? [];
    expect(ids(before)).not.toContain('BLR:SUPPLIES:RUS');
    expect(ids(after)).toContain('BLR:SUPPLIES:RUS');
  });

  it('never keeps an answer with errors', async () => {
    let fail = true;
    api = await createTestApi({
      wrapStore: (store) => ({
        ...store,
        graphDetail: (filter) =>
          fail ? Promise.reject(new Error('disk on fire')) : store.graphDetail(filter),
        graph: (filter) => (fail ? Promise.reject(new Error('disk on fire')) : store.graph(filter)),
      }),
    });
    const failed = await api.query(GRAPH);
    expect(failed.errors?.length).toBeGreaterThan(0);
    fail = false;
    const ok = await api.query<{ graph: { edges: unknown[] } }>(GRAPH);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.graph.edges.length).toBeGreaterThan(0);
  });

  it('runs every mutation, however often it is repeated', async () => {
    api = await createTestApi();
    const first = await api.query<{ ingestArticle: { created: boolean } }>(INGEST, {
      input: ARTICLE,
    });
    const second = await api.query<{ ingestArticle: { created: boolean } }>(INGEST, {
      input: ARTICLE,
    });
    expect(first.data?.ingestArticle.created).toBe(true);
    expect(second.data?.ingestArticle.created).toBe(false);
  });

  it('asks the store every time when the cache is off', async () => {
    const calls = { n: 0 };
    api = await createTestApi({ wrapStore: countReads(calls), graphql: { responseCacheBytes: 0 } });
    await api.query(GRAPH);
    await api.query(GRAPH);
    expect(calls.n).toBe(2);
  });
});
