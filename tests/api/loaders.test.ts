import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../server/src/config';
import { createEntenteYoga, type EntenteYoga } from '../../server/src/graphql/yoga';
import { ingestArticle } from '../../server/src/ingest/pipeline';
import { openStore } from '../../server/src/store/open-store';
import type { GraphStore } from '../../server/src/store/store';
import { generateArticles } from '../support/generate';

/** The store behind a Proxy that counts every method call. */
function counting(store: GraphStore): { store: GraphStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

const GRAPH = `query($filter: GraphFilter) {
  graph(filter: $filter) {
    nodes { id name }
    edges {
      id evidenceCount articleCount
      source { id name }
      target { id name }
      claimants { id name }
      evidence { sentence claimant { id name } }
    }
  }
}`;

describe('DataLoader batching', () => {
  let dataDir: string;
  let store: GraphStore;
  let yoga: EntenteYoga;
  let calls: Map<string, number>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'entente-loaders-'));
    const settings = loadSettings({}, { dataDir });
    store = await openStore(settings);
    for (const article of generateArticles({ count: 120, seed: 7 })) {
      await ingestArticle(store, article);
    }
    const counted = counting(store);
    calls = counted.calls;
    // Batching is what is measured here, not the answers kept for repeated queries.
    yoga = createEntenteYoga({
      store: counted.store,
      settings,
      graphql: { responseCacheBytes: 0 },
    });
  });
  afterAll(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function storeCalls(
    filter: object,
  ): Promise<{ edges: number; calls: number; byMethod: Record<string, number>; most: number }> {
    calls.clear();
    const response = await yoga.fetch('http://entente.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: GRAPH, variables: { filter } }),
    });
    const body = (await response.json()) as {
      data: { graph: { edges: { evidenceCount: number }[] } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    return {
      edges: body.data.graph.edges.length,
      calls: [...calls.values()].reduce((a, b) => a + b, 0),
      byMethod: Object.fromEntries(calls),
      most: Math.max(...body.data.graph.edges.map((e) => e.evidenceCount)),
    };
  }

  it('makes as many store calls for a graph of 100 edges as for one of a few', async () => {
    const modalities = ['ASSERTED', 'HEDGED', 'NEGATED', 'QUESTION'];
    const big = await storeCalls({ modalities });
    // The best-attested relations only: a handful of edges.
    const small = await storeCalls({ modalities, minEvidence: big.most });
    expect(big.edges).toBeGreaterThanOrEqual(100);
    expect(small.edges).toBeGreaterThan(0);
    expect(small.edges).toBeLessThan(big.edges / 10);
    // At most one call per level of the query: the graph, its actors, the evidence, the
    // claimants (actors not loaded before); never one per edge.
    for (const run of [big, small]) {
      expect(Object.keys(run.byMethod).sort()).toEqual(['actors', 'evidence', 'graphDetail']);
      expect(run.byMethod['graphDetail']).toBe(1);
      expect(run.byMethod['evidence']).toBe(1);
      expect(run.byMethod['actors']).toBeLessThanOrEqual(2);
    }
  });
});
