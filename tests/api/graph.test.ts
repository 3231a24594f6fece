import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api';

interface GraphData {
  graph: {
    nodes: { id: string; name: string; kind: string }[];
    edges: {
      id: string;
      type: string;
      source: { id: string };
      target: { id: string };
      evidenceCount: number;
      evidence: { sentence: string; start: number; end: number; article: { text: string } }[];
    }[];
  };
}

const GRAPH = /* GraphQL */ `
  {
    graph {
      nodes {
        id
        name
        kind
      }
      edges {
        id
        type
        evidenceCount
        source {
          id
        }
        target {
          id
        }
        evidence {
          sentence
          start
          end
          article {
            text
          }
        }
      }
    }
  }
`;

describe('the graph query on the seed article', () => {
  let api: TestApi;
  let graph: GraphData['graph'];
  beforeAll(async () => {
    api = await createTestApi();
    const result = await api.query<GraphData>(GRAPH);
    expect(result.errors).toBeUndefined();
    graph = result.data!.graph;
  });
  afterAll(() => api.cleanup());

  it('shows Russia, North Korea, China, NATO and the USA as actors', () => {
    const ids = graph.nodes.map((node) => node.id);
    expect(ids).toEqual(expect.arrayContaining(['RUS', 'PRK', 'CHN', 'NATO', 'USA']));
  });

  it.each([
    ['RUS', 'SUPPLIES', 'PRK'],
    ['RUS', 'THREATENS', 'USA'],
  ])('has the directed edge %s %s %s', (source, type, target) => {
    expect(
      graph.edges.some((e) => e.source.id === source && e.type === type && e.target.id === target),
    ).toBe(true);
  });

  it('has the alliance of Russia and North Korea in either direction', () => {
    const alliance = graph.edges.find(
      (e) =>
        e.type === 'ALLIES_WITH' &&
        [e.source.id, e.target.id].sort().join() === ['PRK', 'RUS'].join(),
    );
    expect(alliance).toBeDefined();
  });

  it('backs every edge with sentences found at their offsets in the article', () => {
    for (const edge of graph.edges) {
      expect(edge.evidence.length).toBe(edge.evidenceCount);
      expect(edge.evidenceCount).toBeGreaterThan(0);
      for (const evidence of edge.evidence) {
        expect(evidence.article.text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
      }
    }
  });

  it('draws no edge from an actor to itself', () => {
    expect(graph.edges.filter((e) => e.source.id === e.target.id)).toEqual([]);
  });
});
