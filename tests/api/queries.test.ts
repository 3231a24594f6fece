import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api';

describe('actor, article and articles queries', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.cleanup());

  it('returns an actor with its relations in both directions', async () => {
    const result = await api.query<{
      actor: { id: string; name: string; kind: string; relations: { id: string }[] };
    }>('{ actor(id: "PRK") { id name kind relations { id source { id } target { id } } } }');
    expect(result.data?.actor).toMatchObject({ id: 'PRK', name: 'North Korea', kind: 'STATE' });
    const ids = result.data!.actor.relations.map((relation) => relation.id);
    expect(ids).toContain('RUS:SUPPLIES:PRK');
  });

  it('returns null for an actor it does not know', async () => {
    const result = await api.query<{ actor: null }>('{ actor(id: "XYZ") { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.actor).toBeNull();
  });

  it('lists the seed article with its front matter', async () => {
    const result = await api.query<{
      articles: { id: string; title: string; source: string; lang: string; publishedAt: string }[];
    }>('{ articles { id title source lang publishedAt } }');
    expect(result.data?.articles).toHaveLength(1);
    expect(result.data?.articles[0]).toMatchObject({
      title: 'Bedroht Putin-Kim-Bündnis auch die USA?',
      source: 'blue News',
      lang: 'de',
      publishedAt: '2024-11-10T19:45:00.000Z',
    });
    const id = result.data!.articles[0]!.id;
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    const one = await api.query<{ article: { id: string; text: string } }>(
      'query($id: ID!) { article(id: $id) { id text } }',
      { id },
    );
    expect(one.data?.article.text).toContain('Russland liefert Nordkorea');
  });

  it('counts evidence only under the modalities asked for', async () => {
    const all = await api.query<{ graph: { edges: { evidenceCount: number }[] } }>(
      '{ graph(filter: { modalities: [ASSERTED, HEDGED, NEGATED, QUESTION] }) { edges { evidenceCount } } }',
    );
    const questions = await api.query<{ graph: { edges: { evidenceCount: number }[] } }>(
      '{ graph(filter: { modalities: [QUESTION] }) { edges { evidenceCount } } }',
    );
    const total = (r: typeof all) => r.data!.graph.edges.reduce((n, e) => n + e.evidenceCount, 0);
    expect(total(questions)).toBeGreaterThan(0);
    expect(total(all)).toBeGreaterThan(total(questions));
  });

  it('filters the graph by relation type and minimum evidence', async () => {
    const result = await api.query<{ graph: { edges: { type: string; evidenceCount: number }[] } }>(
      '{ graph(filter: { types: [SUPPLIES], minEvidence: 2 }) { edges { type evidenceCount } } }',
    );
    expect(result.data?.graph.edges.length).toBeGreaterThan(0);
    for (const edge of result.data!.graph.edges) {
      expect(edge.type).toBe('SUPPLIES');
      expect(edge.evidenceCount).toBeGreaterThanOrEqual(2);
    }
  });

  it('answers a malformed query with a coded error instead of crashing', async () => {
    const result = await api.query('{ graph(filter: { types: [NOPE] }) { edges { id } } }');
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.data ?? null).toBeNull();
  });
});
