// Runs the GraphStore contract against a real Neo4j (one server for this file, emptied before
// every test), plus what only Neo4j has: constraints, typed actor relationships, driver errors.

import { createServer } from 'node:net';
import { beforeEach, describe, expect, it } from 'vitest';
import { createNeo4jStore } from '../../server/src/store/neo4j';
import type { GraphStore } from '../../server/src/store/store';
import { describeStore } from './describe-store';
import { ALL_FIXTURES, BLUE_NEWS, EXTRA, UNDATED, WIRE, supplyReports } from './fixtures';
import { useTestServer } from './neo4j-server';

const neo4j = useTestServer();
const requireServer = neo4j.require;

async function freshStore(): Promise<GraphStore> {
  const { uri, user, password, clear } = requireServer();
  await clear();
  const store = createNeo4jStore({ uri, user, password });
  await store.init();
  return store;
}

describeStore(
  'neo4j',
  async () => {
    const store = await freshStore();
    const { uri, user, password } = requireServer();
    const mentionLevel = createNeo4jStore({ uri, user, password, readSummaries: false });
    return {
      store,
      mentionLevel,
      cleanup: async () => {
        await mentionLevel.close();
        await store.close();
      },
    };
  },
  { skipReason: neo4j.skipReason },
);

describe('Neo4j store', () => {
  let store: GraphStore | undefined;

  beforeEach(async (context) => {
    const skipReason = neo4j.skipReason();
    if (skipReason) context.skip(skipReason);
    store = await freshStore();
    return async () => {
      await store?.close();
    };
  });

  const query = (cypher: string, params: Record<string, unknown> = {}) =>
    requireServer().query(cypher, params);

  it('moves its data version when another server writes to the same database', async () => {
    const { uri, user, password } = requireServer();
    const other = createNeo4jStore({ uri, user, password });
    try {
      const before = await store!.dataVersion();
      await other.ingest(WIRE.article, WIRE.graph);
      expect(await store!.dataVersion()).not.toBe(before);
    } finally {
      await other.close();
    }
  });

  it('creates uniqueness constraints on actor, article, mention, merge and alias ids', async () => {
    const rows = await query(
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' " +
        'RETURN labelsOrTypes[0] AS label, properties[0] AS property ORDER BY label',
    );
    expect(rows).toEqual([
      { label: 'Actor', property: 'id' },
      { label: 'ActorAlias', property: 'key' },
      { label: 'ActorMerge', property: 'from' },
      { label: 'Article', property: 'id' },
      { label: 'Mention', property: 'id' },
    ]);
  });

  it('keeps typed actor-to-actor relationships with their evidence counts for Neo4j Browser', async () => {
    for (const { article, graph } of ALL_FIXTURES) await store?.ingest(article, graph);
    const rows = await query(`
      MATCH (s:Actor)-[r:SUPPLIES]->(t:Actor)
      RETURN r.id AS id, s.id AS source, t.id AS target, r.evidenceCount AS evidenceCount,
        r.mentionCount AS mentionCount, r.negated AS negated
      ORDER BY id`);
    expect(rows).toEqual([
      {
        id: 'PRK:SUPPLIES:RUS',
        source: 'PRK',
        target: 'RUS',
        evidenceCount: 1,
        mentionCount: 1,
        negated: 0,
      },
      {
        id: 'RUS:SUPPLIES:PRK',
        source: 'RUS',
        target: 'PRK',
        evidenceCount: 2,
        mentionCount: 3,
        negated: 1,
      },
    ]);
    const allies = await query(
      'MATCH (s:Actor)-[r:ALLIES_WITH]->(t:Actor) RETURN s.id AS s, t.id AS t, r.evidenceCount AS n',
    );
    expect(allies).toEqual([{ s: 'PRK', t: 'RUS', n: 2 }]);
  });

  it('keeps the actor relationships exact when articles are ingested concurrently', async () => {
    const reports = supplyReports(8);
    await Promise.all(reports.map((r) => store?.ingest(r.article, r.graph)));
    const rows = await query(`
      MATCH (:Actor)-[r]->(:Actor)
      RETURN r.id AS id, type(r) AS type, r.evidenceCount AS evidenceCount ORDER BY id`);
    expect(rows).toEqual([
      { id: 'PRK:ALLIES_WITH:RUS', type: 'ALLIES_WITH', evidenceCount: 8 },
      { id: 'RUS:SUPPLIES:PRK', type: 'SUPPLIES', evidenceCount: 8 },
    ]);
  });

  it('links each mention to its actors, claimant and article', async () => {
    await store?.ingest(BLUE_NEWS.article, BLUE_NEWS.graph);
    const rows = await query(
      `MATCH (m:Mention {id: $articleId + ':0'})
      MATCH (m)-[:SOURCE]->(s:Actor), (m)-[:TARGET]->(t:Actor), (m)-[:CLAIMED_BY]->(c:Actor),
        (m)-[:IN]->(a:Article)
      RETURN s.id AS s, t.id AS t, c.id AS c, a.id = $articleId AS inArticle,
        valueType(m.start) AS startType, valueType(m.confidence) AS confidenceType`,
      { articleId: BLUE_NEWS.article.id },
    );
    expect(rows).toEqual([
      {
        s: 'RUS',
        t: 'PRK',
        c: 'NATO',
        inArticle: true,
        startType: 'INTEGER NOT NULL',
        confidenceType: 'FLOAT NOT NULL',
      },
    ]);
  });

  it('leaves no trace of its creation marker on articles', async () => {
    await store?.ingest(BLUE_NEWS.article, BLUE_NEWS.graph);
    await store?.ingest(BLUE_NEWS.article, BLUE_NEWS.graph);
    const rows = await query('MATCH (a:Article) RETURN keys(a) AS keys');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.['keys']).not.toContain('_created');
  });

  const typedRelations = () =>
    query(`
      MATCH (s:Actor)-[r]->(t:Actor)
      RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target,
        r.evidenceCount AS evidenceCount, r.negated AS negated, r.contested AS contested
      ORDER BY id`);

  it('marks contested actor relationships', async () => {
    for (const { article, graph } of ALL_FIXTURES) await store?.ingest(article, graph);
    const rows = await typedRelations();
    expect(rows.find((r) => r['id'] === 'RUS:SUPPLIES:PRK')).toMatchObject({ contested: true });
    expect(rows.find((r) => r['id'] === 'PRK:SUPPLIES:RUS')).toMatchObject({ contested: false });
  });

  it('recounts actor relationships after a delete and removes those left without mentions', async () => {
    for (const { article, graph } of ALL_FIXTURES) await store?.ingest(article, graph);
    await store?.deleteArticle(WIRE.article.id);
    await store?.deleteArticle(UNDATED.article.id);
    expect(await typedRelations()).toEqual([
      {
        id: 'PRK:ALLIES_WITH:RUS',
        type: 'ALLIES_WITH',
        source: 'PRK',
        target: 'RUS',
        evidenceCount: 1,
        negated: 0,
        contested: false,
      },
      {
        id: 'PRK:SENDS_TROOPS_TO:RUS',
        type: 'SENDS_TROOPS_TO',
        source: 'PRK',
        target: 'RUS',
        evidenceCount: 1,
        negated: 0,
        contested: false,
      },
      {
        id: 'PRK:THREATENS:USA',
        type: 'THREATENS',
        source: 'PRK',
        target: 'USA',
        evidenceCount: 1,
        negated: 0,
        contested: false,
      },
      {
        id: 'RUS:SUPPLIES:PRK',
        type: 'SUPPLIES',
        source: 'RUS',
        target: 'PRK',
        evidenceCount: 1,
        negated: 0,
        contested: false,
      },
    ]);
    const [left] = await query('MATCH (m:Mention) RETURN count(m) AS n');
    expect(left).toEqual({ n: 4 });
  });

  it('re-points mentions and actor relationships when actors are merged', async () => {
    for (const { article, graph } of [...ALL_FIXTURES, EXTRA]) await store?.ingest(article, graph);
    await store?.mergeActors('PRK', 'DPRK');
    const threats = (await typedRelations()).filter((r) => r['type'] === 'THREATENS');
    expect(threats.map((r) => [r['id'], r['evidenceCount']])).toEqual([
      ['CHN:THREATENS:USA', 0],
      ['PRK:THREATENS:USA', 2],
    ]);
    const [links] = await query(`
      MATCH (m:Mention {relationId: 'PRK:THREATENS:USA'})-[:SOURCE]->(a:Actor)
      RETURN collect(DISTINCT a.id) AS sources, COUNT { (:Actor {id: 'DPRK'}) } AS dropped,
        COUNT { (:ActorMerge {from: 'DPRK', to: 'PRK'}) } AS merges`);
    expect(links).toEqual({ sources: ['PRK'], dropped: 0, merges: 1 });
  });

  it('keeps actor relationships exact through re-extraction', async () => {
    for (const { article, graph } of ALL_FIXTURES) await store?.ingest(article, graph);
    const before = await typedRelations();
    await store?.reextract((article) => {
      const fixture = ALL_FIXTURES.find((f) => f.article.id === article.id)!;
      return {
        ...fixture.graph,
        mentions: fixture.graph.mentions.filter((m) => m.type !== 'FIGHTS'),
      };
    });
    const after = await typedRelations();
    expect(after).toEqual(before.filter((r) => r['id'] !== 'RUS:FIGHTS:UKR'));
  });

  it('backfills instants and mention positions that older versions did not write', async () => {
    await store?.ingest(BLUE_NEWS.article, BLUE_NEWS.graph);
    await query('MATCH (a:Article) REMOVE a.publishedMs');
    await query('MATCH (m:Mention) REMOVE m.index');
    await store?.init();
    const [row] = await query(
      'MATCH (a:Article)<-[:IN]-(m:Mention) RETURN a.publishedMs AS ms, collect(m.index) AS indexes',
    );
    expect(row?.['ms']).toBe(Date.parse('2024-11-10T19:45:00Z'));
    expect([...(row?.['indexes'] as number[])].sort()).toEqual([0, 1, 2, 3]);
  });

  it('backfills the publisher lists that ingests add to on relationships written before them', async () => {
    const { uri, user, password } = requireServer();
    for (const { article, graph } of ALL_FIXTURES) await store?.ingest(article, graph);
    await query('MATCH (:Actor)-[r]->(:Actor) REMOVE r.publishers');
    await store?.init();
    const [report] = supplyReports(1);
    await store?.ingest({ ...report!.article, source: 'Herald' }, report!.graph);
    const mentionLevel = createNeo4jStore({ uri, user, password, readSummaries: false });
    try {
      expect(await store?.graphDetail({})).toEqual(await mentionLevel.graphDetail({}));
    } finally {
      await mentionLevel.close();
    }
    const [row] = await query(
      'MATCH (:Actor)-[r:SUPPLIES {id: "RUS:SUPPLIES:PRK"}]->(:Actor) RETURN r.publishers AS p',
    );
    expect([...(row?.['p'] as string[])].sort()).toContain('Herald');
  });

  it('indexes the properties the filters use', async () => {
    const rows = await query(
      "SHOW INDEXES YIELD labelsOrTypes, properties, type WHERE type = 'RANGE' " +
        'RETURN labelsOrTypes[0] + "." + properties[0] AS indexed',
    );
    expect(rows.map((r) => r['indexed'])).toEqual(
      expect.arrayContaining([
        'Mention.type',
        'Mention.modality',
        'Mention.relationId',
        'Mention.source',
        'Mention.target',
        'Mention.claimant',
        'Article.publishedMs',
        'Article.source',
      ]),
    );
  });

  it('reports STORE_UNAVAILABLE for wrong credentials', async (context) => {
    const { uri, user, password } = requireServer();
    if (password === '') context.skip('the test server runs without authentication');
    const wrong = createNeo4jStore({ uri, user, password: `${password}-wrong` });
    await expect(wrong.countArticles()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(await wrong.ping()).toBe(false);
    await wrong.close();
  });
});

/** A port nothing listens on: bind an ephemeral port, then free it. */
async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

describe('Neo4j store without a server', () => {
  it('reports STORE_UNAVAILABLE and a failed ping when nothing listens', async () => {
    const store = createNeo4jStore({
      uri: `bolt://127.0.0.1:${await closedPort()}`,
      user: 'neo4j',
      password: 'irrelevant',
      maxTransactionRetryTimeMs: 100,
    });
    expect(await store.ping()).toBe(false);
    await expect(store.init()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await expect(store.ingest(BLUE_NEWS.article, BLUE_NEWS.graph)).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
    });
    await expect(store.graph({})).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await store.close();
    await store.close();
  });

  it('fails a read with STORE_UNAVAILABLE long before the driver would stop retrying', async () => {
    // Default retry time (15 s) against this test's 5 s limit: only the read's own check of
    // the server lets it end in time.
    const store = createNeo4jStore({
      uri: `bolt://127.0.0.1:${await closedPort()}`,
      user: 'neo4j',
      password: 'irrelevant',
    });
    await expect(store.graph({})).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await expect(store.neighbourhood('RUS', 2)).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
    });
    await store.close();
  }, 5_000);

  it('reports STORE_UNAVAILABLE for a malformed URI instead of throwing at construction', async () => {
    const store = createNeo4jStore({ uri: 'not a uri://', user: 'neo4j', password: 'x' });
    await expect(store.countArticles()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(await store.ping()).toBe(false);
    await store.close();
  });
});
