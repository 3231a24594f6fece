// Ingests the same articles into SQLite and Neo4j and checks both stores answer alike, deep-equal,
// for the reads the GraphQL API makes.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MODALITIES, type GraphFilter } from '../../server/src/domain';
import { createNeo4jStore } from '../../server/src/store/neo4j';
import { createSqliteStore } from '../../server/src/store/sqlite';
import type { GraphStore } from '../../server/src/store/store';
import { ACTORS, ALL_FIXTURES, BLUE_NEWS } from './fixtures';
import { acquireTestServer, type Neo4jTestServer } from './neo4j-server';

let server: Neo4jTestServer | undefined;
let skipReason: string | undefined;
let sqlite: GraphStore;
let neo: GraphStore;

beforeAll(async () => {
  const acquired = await acquireTestServer();
  if ('skip' in acquired) {
    skipReason = acquired.skip;
    return;
  }
  server = acquired.server;
  await server.clear();
  sqlite = createSqliteStore({ dataDir: ':memory:' });
  neo = createNeo4jStore({ uri: server.uri, user: server.user, password: server.password });
  await Promise.all([sqlite.init(), neo.init()]);
  for (const { article, graph } of ALL_FIXTURES) {
    await sqlite.ingest(article, graph);
    await neo.ingest(article, graph);
  }
}, 300_000);

afterAll(async () => {
  await sqlite?.close();
  await neo?.close();
  await server?.release();
});

/** Asks both stores the same question and returns both answers. */
async function both<T>(ask: (store: GraphStore) => Promise<T>): Promise<[T, T]> {
  return [await ask(sqlite), await ask(neo)];
}

const FILTERS: GraphFilter[] = [
  { from: '2024-11-05', modalities: MODALITIES },
  { to: '2024-11-10T20:00:00Z' },
  { claimants: ['NATO', 'RUS'], modalities: MODALITIES },
  { publishers: ['Wire', 'blue News'] },
  { includeContested: false, modalities: MODALITIES },
  {},
  { modalities: MODALITIES },
  { modalities: ['NEGATED', 'QUESTION'] },
  { types: ['SUPPLIES', 'ALLIES_WITH'] },
  { actors: ['USA'], modalities: MODALITIES },
  { actors: ['RUS'], types: ['SUPPLIES'], minEvidence: 2 },
  { minEvidence: 2, modalities: ['ASSERTED'] },
  { types: [] },
];

describe('SQLite and Neo4j give the same answers', () => {
  beforeEach((context) => {
    if (skipReason) context.skip(skipReason);
  });

  it('gives the same default graph', async () => {
    const [a, b] = await both((s) => s.graph({}));
    expect(b).toEqual(a);
    expect(a.edges.length).toBeGreaterThan(0);
  });

  it('gives the same graph with every modality', async () => {
    const [a, b] = await both((s) => s.graph({ modalities: MODALITIES }));
    expect(b).toEqual(a);
  });

  it.each(FILTERS.map((filter) => [JSON.stringify(filter), filter] as const))(
    'gives the same graph for the filter %s',
    async (_, filter) => {
      const [a, b] = await both((s) => s.graph(filter));
      expect(b).toEqual(a);
    },
  );

  it('gives the same evidence for every relation, in the same order', async () => {
    const ids = (await sqlite.graph({ modalities: MODALITIES })).edges.map((e) => e.id);
    const [a, b] = await both((s) => s.evidence(ids));
    expect(b).toEqual(a);
    expect(a).toHaveLength(ALL_FIXTURES.reduce((n, f) => n + f.graph.mentions.length, 0));
    const [hedged, hedgedNeo] = await both((s) => s.evidence(ids, ['HEDGED']));
    expect(hedgedNeo).toEqual(hedged);
  });

  it('lists the same articles', async () => {
    const [a, b] = await both((s) => s.articles());
    expect(b).toEqual(a);
    const [countA, countB] = await both((s) => s.countArticles());
    expect(countB).toBe(countA);
  });

  it('returns the same actors', async () => {
    const ids = Object.keys(ACTORS);
    const [a, b] = await both((s) => s.actors(ids));
    expect(b).toEqual(a);
  });

  it.each(FILTERS.map((filter) => [JSON.stringify(filter), filter] as const))(
    'gives the same relation details for the filter %s',
    async (_, filter) => {
      const [a, b] = await both((s) => s.graphDetail(filter));
      expect(b).toEqual(a);
    },
  );

  it('gives the same neighbourhoods at every depth', async () => {
    for (const actor of ['UKR', 'USA', 'PRK', 'NATO', 'XXX']) {
      for (const depth of [1, 2, 3]) {
        const [a, b] = await both((s) => s.neighbourhood(actor, depth, { modalities: MODALITIES }));
        expect(b).toEqual(a);
      }
    }
  });

  it('gives the same paths', async () => {
    const [a, b] = await both((s) => s.paths('UKR', 'USA', { maxLength: 6, limit: 100 }));
    expect(b).toEqual(a);
    expect(a.length).toBeGreaterThan(0);
    const [c, d] = await both((s) =>
      s.paths('CHN', 'UKR', { filter: { modalities: MODALITIES }, limit: 5 }),
    );
    expect(d).toEqual(c);
  });

  it('gives the same pages of evidence, articles and actors', async () => {
    const [e1, e2] = await both((s) => s.evidencePage('RUS:SUPPLIES:PRK', { first: 2 }));
    expect(e2.items).toEqual(e1.items);
    expect(e2.totalCount).toBe(e1.totalCount);
    const [a1, a2] = await both((s) => s.articlesPage({ search: 'korea', first: 1 }));
    expect(a2.items).toEqual(a1.items);
    expect(a2.totalCount).toBe(a1.totalCount);
    const [p1, p2] = await both((s) => s.actorsPage({ search: 'a', first: 3 }));
    expect(p2).toEqual(p1);
  });

  it('gives the same statistics', async () => {
    const [a, b] = await both((s) => s.stats());
    expect(b).toEqual(a);
  });

  it('reports the same outcome for an article ingested again', async () => {
    const [a, b] = await both((s) => s.ingest(BLUE_NEWS.article, BLUE_NEWS.graph));
    expect(b).toEqual(a);
    expect(a.created).toBe(false);
  });
});

describe('SQLite and Neo4j give the same answers after corrections and deletions', () => {
  beforeEach((context) => {
    if (skipReason) context.skip(skipReason);
  });

  // Runs last in this file: it changes both stores.
  it('gives the same graph, evidence and corrections after a merge, an alias and a delete', async () => {
    for (const store of [sqlite, neo]) {
      await store.mergeActors('RUS', 'PRK');
      await store.addAlias('RUS', 'Russland', 'de');
      await store.deleteArticle(BLUE_NEWS.article.id);
    }
    const [a, b] = await both((s) => s.graphDetail({ modalities: MODALITIES }));
    expect(b).toEqual(a);
    const ids = a.edges.map((e) => e.id);
    const [e1, e2] = await both((s) => s.evidence(ids));
    expect(e2).toEqual(e1);
    const [c1, c2] = await both((s) => s.corrections());
    expect(c2).toEqual(c1);
    const [s1, s2] = await both((s) => s.stats());
    expect(s2).toEqual(s1);
  });
});
