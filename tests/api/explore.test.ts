import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api';

const ALL = '[ASSERTED, HEDGED, NEGATED, QUESTION]';

interface Page<T> {
  totalCount: number;
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('the explorer queries on the seed article', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.cleanup());

  const data = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const result = await api.query<T>(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const code = async (query: string, variables?: Record<string, unknown>) =>
    (await api.query(query, variables)).errors?.[0]?.extensions?.code;

  it('pages through all actors with opaque cursors, without gaps or repeats', async () => {
    const query =
      'query($after: String) { actors(first: 4, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }';
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const { actors }: { actors: Page<{ id: string }> } = await data(query, { after });
      total = actors.totalCount;
      seen.push(...actors.edges.map((e) => e.node.id));
      if (!actors.pageInfo.hasNextPage) break;
      after = actors.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual(expect.arrayContaining(['RUS', 'PRK', 'USA']));
  });

  it('continues after any edge cursor, not just the last', async () => {
    const first = await data<{ actors: Page<{ id: string }> }>(
      '{ actors(first: 5) { edges { cursor node { id } } } }',
    );
    const second = first.actors.edges[1]!;
    const next = await data<{ actors: Page<{ id: string }> }>(
      'query($after: String) { actors(first: 2, after: $after) { nodes { id } } }',
      { after: second.cursor },
    );
    expect(next.actors.nodes.map((n) => n.id)).toEqual(
      first.actors.edges.slice(2, 4).map((e) => e.node.id),
    );
  });

  it('finds actors by kind and by search', async () => {
    const { actors } = await data<{ actors: Page<{ id: string; kind: string }> }>(
      '{ actors(kinds: [ORGANISATION], search: "nato") { nodes { id kind } } }',
    );
    expect(actors.nodes.map((a) => a.id)).toEqual(['NATO']);
  });

  it('answers a cursor that is not one with BAD_USER_INPUT', async () => {
    expect(await code('{ actors(after: "not-a-cursor") { totalCount } }')).toBe('BAD_USER_INPUT');
    expect(await code('{ relations(after: "WyJ4Il0") { totalCount } }')).toBe('BAD_USER_INPUT');
    expect(await code('{ actors(first: 0) { totalCount } }')).toBe('BAD_USER_INPUT');
  });

  it('describes a relation: CAMEO code, corroboration, time span, modalities and claimants', async () => {
    const { relation } = await data<{ relation: Record<string, unknown> }>(`{
      relation(id: "RUS:SUPPLIES:PRK") {
        id cameo evidenceCount articleCount publisherCount firstSeen lastSeen contested
        modalities { asserted hedged negated question } claimants { id }
      }
    }`);
    expect(relation).toMatchObject({
      id: 'RUS:SUPPLIES:PRK',
      cameo: '07',
      articleCount: 1,
      publisherCount: 1,
      firstSeen: '2024-11-10T19:45:00.000Z',
      lastSeen: '2024-11-10T19:45:00.000Z',
      contested: false,
    });
    expect(relation.evidenceCount).toBeGreaterThan(0);
  });

  it('returns null for a relation it does not know', async () => {
    expect(
      (await data<{ relation: null }>('{ relation(id: "USA:SUPPLIES:PRK") { id } }')).relation,
    ).toBeNull();
  });

  it("pages a relation's evidence and the evidence of the whole graph to the same totals", async () => {
    const { relation } = await data<{
      relation: { evidenceCount: number; evidenceConnection: Page<{ id: string }> };
    }>(
      '{ relation(id: "RUS:SUPPLIES:PRK") { evidenceCount evidenceConnection(first: 2) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }',
    );
    expect(relation.evidenceConnection.totalCount).toBe(relation.evidenceCount);
    const rest = await data<{ relation: { evidenceConnection: Page<{ id: string }> } }>(
      'query($after: String) { relation(id: "RUS:SUPPLIES:PRK") { evidenceConnection(first: 100, after: $after) { nodes { id } } } }',
      { after: relation.evidenceConnection.pageInfo.endCursor },
    );
    const ids = [
      ...relation.evidenceConnection.nodes,
      ...rest.relation.evidenceConnection.nodes,
    ].map((n) => n.id);
    expect(new Set(ids).size).toBe(relation.evidenceCount);

    const graph = await data<{ graph: { edges: { evidenceCount: number }[] } }>(
      '{ graph { edges { evidenceCount } } }',
    );
    const { evidence } = await data<{ evidence: Page<{ id: string }> }>(
      '{ evidence(first: 3) { totalCount nodes { id } } }',
    );
    expect(evidence.totalCount).toBe(graph.graph.edges.reduce((n, e) => n + e.evidenceCount, 0));
    const { relations } = await data<{ relations: Page<{ id: string }> }>(
      '{ relations(first: 3) { totalCount nodes { id } } }',
    );
    expect(relations.totalCount).toBe(graph.graph.edges.length);
  });

  it('shows the neighbourhood of North Korea, wider with depth', async () => {
    const query =
      'query($depth: Int) { neighborhood(actorId: "PRK", depth: $depth) { nodes { id } edges { id source { id } target { id } } } }';
    type N = {
      neighborhood: {
        nodes: { id: string }[];
        edges: { id: string; source: { id: string }; target: { id: string } }[];
      };
    };
    const one = await data<N>(query, { depth: 1 });
    const two = await data<N>(query, { depth: 2 });
    for (const edge of one.neighborhood.edges)
      expect([edge.source.id, edge.target.id]).toContain('PRK');
    expect(one.neighborhood.edges.map((e) => e.id)).toContain('RUS:SUPPLIES:PRK');
    expect(two.neighborhood.edges.length).toBeGreaterThan(one.neighborhood.edges.length);
  });

  it.each([
    [
      'a depth of 4',
      '{ neighborhood(actorId: "PRK", depth: 4) { nodes { id } } }',
      'BAD_USER_INPUT',
    ],
    [
      'a depth of 0',
      '{ neighborhood(actorId: "PRK", depth: 0) { nodes { id } } }',
      'BAD_USER_INPUT',
    ],
    ['an unknown actor', '{ neighborhood(actorId: "XXX") { nodes { id } } }', 'NOT_FOUND'],
    [
      'a maxLength of 7',
      '{ paths(from: "PRK", to: "USA", maxLength: 7) { length } }',
      'BAD_USER_INPUT',
    ],
    ['a limit of 0', '{ paths(from: "PRK", to: "USA", limit: 0) { length } }', 'BAD_USER_INPUT'],
    ['an unknown path end', '{ paths(from: "PRK", to: "XXX") { length } }', 'NOT_FOUND'],
    [
      'a date that is no date',
      '{ graph(filter: { from: "yesterday" }) { nodes { id } } }',
      'BAD_USER_INPUT',
    ],
    ['empty search text', '{ search(text: "  ") { actors { id } } }', 'BAD_USER_INPUT'],
  ])('refuses %s with a coded error', async (_, query, expected) => {
    expect(await code(query)).toBe(expected);
  });

  it('finds paths from North Korea to the USA, shortest first', async () => {
    const { paths } = await data<{
      paths: {
        length: number;
        actors: { id: string }[];
        steps: { forward: boolean; relation: { source: { id: string }; target: { id: string } } }[];
      }[];
    }>(
      '{ paths(from: "PRK", to: "USA", maxLength: 3, limit: 5) { length actors { id } steps { forward relation { source { id } target { id } } } } }',
    );
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.map((p) => p.length)).toEqual(
      [...paths.map((p) => p.length)].sort((a, b) => a - b),
    );
    for (const path of paths) {
      expect(path.actors[0]?.id).toBe('PRK');
      expect(path.actors.at(-1)?.id).toBe('USA');
      path.steps.forEach((step, i) => {
        const [from, to] = step.forward
          ? [step.relation.source.id, step.relation.target.id]
          : [step.relation.target.id, step.relation.source.id];
        expect([from, to]).toEqual([path.actors[i]?.id, path.actors[i + 1]?.id]);
      });
    }
  });

  it('gives actors aliases in both languages, degree, mention count and centrality', async () => {
    const { actor } = await data<{
      actor: {
        aliases: string[];
        degree: number;
        mentionCount: number;
        centrality: number;
        relations: { id: string }[];
      };
    }>('{ actor(id: "PRK") { aliases degree mentionCount centrality relations { id } } }');
    expect(actor.aliases).toEqual(expect.arrayContaining(['Nordkorea', 'Pjöngjang']));
    expect(actor.degree).toBe(actor.relations.length);
    expect(actor.mentionCount).toBeGreaterThanOrEqual(actor.degree);
    expect(actor.centrality).toBeGreaterThan(0);
    const { graph } = await data<{ graph: { nodes: { centrality: number }[] } }>(
      '{ graph { nodes { centrality } } }',
    );
    expect(graph.nodes.reduce((sum, n) => sum + n.centrality, 0)).toBeCloseTo(1, 5);
  });

  it("splits an actor's relations by direction", async () => {
    const { actor } = await data<{
      actor: {
        out: { source: { id: string } }[];
        in: { target: { id: string } }[];
        both: unknown[];
      };
    }>(
      '{ actor(id: "RUS") { out: relations(direction: OUT) { source { id } } in: relations(direction: IN) { target { id } } both: relations { id } } }',
    );
    expect(actor.out.every((r) => r.source.id === 'RUS')).toBe(true);
    expect(actor.in.every((r) => r.target.id === 'RUS')).toBe(true);
    expect(actor.out.length + actor.in.length).toBe(actor.both.length);
  });

  it('filters evidence by claimant, publisher and date, and counts what it keeps', async () => {
    const { graph } = await data<{
      graph: {
        edges: { evidenceCount: number; evidence: { claimant: { id: string } | null }[] }[];
      };
    }>(
      '{ graph(filter: { claimants: ["NATO"] }) { edges { evidenceCount evidence { claimant { id } } } } }',
    );
    expect(graph.edges.length).toBeGreaterThan(0);
    for (const edge of graph.edges) {
      expect(edge.evidence).toHaveLength(edge.evidenceCount);
      for (const e of edge.evidence) expect(e.claimant?.id).toBe('NATO');
    }
    const none = (filter: string) =>
      data<{ graph: { edges: unknown[] } }>(`{ graph(filter: ${filter}) { edges { id } } }`);
    expect((await none('{ publishers: ["Nobody"] }')).graph.edges).toEqual([]);
    expect((await none('{ from: "2024-11-11" }')).graph.edges).toEqual([]);
    expect((await none('{ to: "2024-11-09" }')).graph.edges).toEqual([]);
    expect(
      (await none('{ from: "2024-11-10", to: "2024-11-10", publishers: ["blue News"] }')).graph
        .edges.length,
    ).toBeGreaterThan(0);
  });

  it('searches actors by any alias and articles by title and text', async () => {
    const { search } = await data<{
      search: { actors: { id: string }[]; articles: { title: string }[] };
    }>('{ search(text: "Pjöngjang") { actors { id } articles { title } } }');
    expect(search.actors.map((a) => a.id)).toEqual(['PRK']);
    expect(search.articles).toHaveLength(1);
    const english = await data<{ search: { actors: { id: string }[] } }>(
      '{ search(text: "north korea") { actors { id } } }',
    );
    expect(english.search.actors.map((a) => a.id)).toContain('PRK');
  });

  it('counts the store in stats', async () => {
    const { stats } = await data<{
      stats: {
        articles: number;
        mentions: number;
        relations: number;
        byType: { type: string; mentions: number }[];
        byModality: { mentions: number }[];
        byMonth: { month: string; articles: number }[];
      };
    }>(
      '{ stats { articles mentions relations byType { type mentions } byModality { mentions } byMonth { month articles } } }',
    );
    expect(stats.articles).toBe(1);
    expect(stats.byType).toHaveLength(11);
    expect(stats.byType.reduce((n, t) => n + t.mentions, 0)).toBe(stats.mentions);
    expect(stats.byModality.reduce((n, t) => n + t.mentions, 0)).toBe(stats.mentions);
    expect(stats.byMonth).toEqual([{ month: '2024-11', articles: 1 }]);
  });

  it.each([
    ['DAY', '2024-11-10'],
    ['WEEK', '2024-11-04'],
    ['MONTH', '2024-11-01'],
  ])('buckets the timeline per %s', async (interval, start) => {
    const { timeline } = await data<{
      timeline: { start: string; mentions: number; byType: { count: number }[] }[];
    }>(
      `{ timeline(interval: ${interval}, filter: { modalities: ${ALL} }) { start mentions byType { type count } } }`,
    );
    const { stats } = await data<{ stats: { mentions: number } }>('{ stats { mentions } }');
    expect(timeline.map((b) => b.start)).toEqual([start]);
    expect(timeline[0]?.mentions).toBe(stats.mentions);
    expect(timeline[0]?.byType.reduce((n, t) => n + t.count, 0)).toBe(stats.mentions);
  });

  it('lists articles as before, filtered or paged, with publisher and mentions', async () => {
    const { articles, articlesConnection } = await data<{
      articles: { id: string }[];
      articlesConnection: Page<{
        publisher: string;
        source: string;
        mentions: { sentence: string }[];
      }>;
    }>(
      '{ articles(search: "Kim", from: "2024-11-01") { id } articlesConnection(first: 1) { totalCount nodes { publisher source mentions { sentence } } } }',
    );
    expect(articles).toHaveLength(1);
    const article = articlesConnection.nodes[0]!;
    expect(article.publisher).toBe('blue News');
    expect(article.publisher).toBe(article.source);
    const { stats } = await data<{ stats: { mentions: number } }>('{ stats { mentions } }');
    expect(article.mentions).toHaveLength(stats.mentions);
    expect(
      (await data<{ articles: unknown[] }>('{ articles(search: "no such words anywhere") { id } }'))
        .articles,
    ).toEqual([]);
  });
});
