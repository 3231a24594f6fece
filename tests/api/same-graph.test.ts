// The seed article through the real pipeline into SQLite and into a real Neo4j: the same GraphQL
// queries must give the same answers.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { acquireTestServer, type Neo4jTestServer } from '../contract/neo4j-server';
import { createTestApi, type TestApi } from '../support/api';

const QUERIES = {
  graph: `{
    graph {
      nodes { id name kind wikidata }
      edges {
        id type cameo evidenceCount source { id name } target { id name }
        evidence {
          id sentence start end trigger modality confidence claimantName
          claimant { id } article { id title source author publishedAt lang }
        }
      }
    }
  }`,
  everyModality: `{
    graph(filter: { modalities: [ASSERTED, HEDGED, NEGATED, QUESTION] }) {
      edges { id source { id } target { id } evidenceCount evidence { id modality } }
    }
  }`,
  actor: `{ actor(id: "RUS") { id name kind relations { id type evidenceCount } } }`,
  articles: `{ articles { id title url source author publishedAt lang text } }`,
  relation: `{
    relation(id: "RUS:SUPPLIES:PRK") {
      id cameo evidenceCount articleCount publisherCount firstSeen lastSeen contested
      modalities { asserted hedged negated question } claimants { id }
      evidenceConnection(first: 2) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
    }
  }`,
  relations: `{ relations(first: 5, filter: { includeContested: false }) { totalCount edges { cursor node { id } } pageInfo { hasNextPage } } }`,
  neighborhood: `{ neighborhood(actorId: "PRK", depth: 2) { nodes { id } edges { id evidenceCount source { id } target { id } } } }`,
  paths: `{ paths(from: "PRK", to: "USA", maxLength: 3, limit: 8) { length actors { id } steps { forward relation { id } } } }`,
  evidence: `{ evidence(first: 5, filter: { modalities: [NEGATED, QUESTION] }) { totalCount nodes { id modality } } }`,
  actors: `{ actors(first: 4, kinds: [STATE]) { totalCount edges { cursor node { id name aliases degree mentionCount centrality } } pageInfo { hasNextPage endCursor } } }`,
  filtered: `{
    graph(filter: { claimants: ["NATO"], publishers: ["blue News"], from: "2024-11-10", to: "2024-11-10" }) {
      edges { id evidenceCount articleCount evidence { id } }
    }
  }`,
  overview: `{
    stats { actors articles mentions relations byType { type mentions relations } byModality { modality mentions } byMonth { month articles mentions } }
    timeline(interval: WEEK) { start mentions byType { type count } }
    search(text: "korea") { actors { id } articles { id } }
    articlesConnection(first: 1) { totalCount edges { cursor node { id publisher mentions { id } } } }
  }`,
};

describe('the seed graph on SQLite and on Neo4j', () => {
  let server: Neo4jTestServer | undefined;
  let skipReason: string | undefined;
  let sqlite: TestApi;
  let neo4j: TestApi;

  beforeAll(async () => {
    const acquired = await acquireTestServer();
    if ('skip' in acquired) {
      skipReason = acquired.skip;
      return;
    }
    server = acquired.server;
    await server.clear();
    sqlite = await createTestApi();
    neo4j = await createTestApi({
      settings: { neo4jUri: server.uri, neo4jUser: server.user, neo4jPassword: server.password },
    });
  });
  afterAll(async () => {
    await sqlite?.cleanup();
    await neo4j?.cleanup();
    await server?.release();
  });
  beforeEach((context) => {
    if (skipReason) context.skip(skipReason);
  });

  it('loads the seed into each store', () => {
    expect(sqlite.store.kind).toBe('sqlite');
    expect(neo4j.store.kind).toBe('neo4j');
  });

  it.each(Object.entries(QUERIES))('answers the %s query identically', async (_, query) => {
    const fromSqlite = await sqlite.query(query);
    const fromNeo4j = await neo4j.query(query);
    expect(fromSqlite.errors).toBeUndefined();
    expect(fromNeo4j).toEqual(fromSqlite);
  });

  it('has the seed edges the issue names in both', async () => {
    const result = await neo4j.query<{
      graph: { edges: { type: string; source: { id: string }; target: { id: string } }[] };
    }>(QUERIES.graph);
    const triples = result.data!.graph.edges.map((e) => `${e.source.id} ${e.type} ${e.target.id}`);
    expect(triples).toEqual(
      expect.arrayContaining(['RUS SUPPLIES PRK', 'RUS ALLIES_WITH PRK', 'RUS THREATENS USA']),
    );
  });
});
