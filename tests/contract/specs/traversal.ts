// Neighbourhoods and paths: hops in either direction, filters, shortest first, limits.

import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MODALITIES, MODALITIES, type Modality } from '../../../server/src/domain';
import type { GraphStore } from '../../../server/src/store/store';
import { ACTORS, ALL_FIXTURES, EXTRA } from '../fixtures';
import { ingestAll } from './helpers';

export function traversalSpecs(current: () => GraphStore): void {
  describe('neighbourhood', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      await ingestAll(store);
    });

    const edgeIdsOf = async (
      actor: string,
      depth: number,
      modalities: readonly Modality[] = DEFAULT_MODALITIES,
    ) => (await store.neighbourhood(actor, depth, { modalities })).edges.map((e) => e.id);

    it('returns the relations of an actor and the actors they touch at depth 1', async () => {
      const graph = await store.neighbourhood('UKR', 1);
      expect(graph.edges.map((e) => e.id)).toEqual(['RUS:FIGHTS:UKR']);
      expect(graph.nodes).toEqual([ACTORS.RUS, ACTORS.UKR]);
      expect(graph.edges[0]).toMatchObject({
        articleCount: 1,
        publisherCount: 0,
        contested: false,
      });
    });

    it('walks relations in either direction, one hop per level of depth', async () => {
      expect(await edgeIdsOf('UKR', 2)).toEqual([
        'PRK:ALLIES_WITH:RUS',
        'PRK:SENDS_TROOPS_TO:RUS',
        'PRK:SUPPLIES:RUS',
        'RUS:FIGHTS:UKR',
        'RUS:SUPPLIES:PRK',
      ]);
      const three = await store.neighbourhood('UKR', 3);
      expect(three.edges.map((e) => e.id)).toContain('PRK:THREATENS:USA');
      expect(three.nodes.map((n) => n.id)).toEqual(['PRK', 'RUS', 'UKR', 'USA']);
    });

    it('goes no further than the depth asked for', async () => {
      const ids = await edgeIdsOf('UKR', 3, MODALITIES);
      expect(ids).not.toContain('CHN:THREATENS:USA');
    });

    it('walks only the relations the filter keeps', async () => {
      expect(await edgeIdsOf('USA', 1)).toEqual(['PRK:THREATENS:USA']);
      expect(await edgeIdsOf('USA', 1, MODALITIES)).toEqual([
        'CHN:THREATENS:USA',
        'PRK:THREATENS:USA',
      ]);
      const noThreats = await store.neighbourhood('USA', 2, { types: ['SUPPLIES'] });
      expect(noThreats).toEqual({ nodes: [ACTORS.USA], edges: [] });
    });

    it('returns a known actor without relations alone, and nothing for an unknown actor', async () => {
      expect(await store.neighbourhood('NATO', 1)).toEqual({ nodes: [ACTORS.NATO], edges: [] });
      expect(await store.neighbourhood('XXX', 2)).toEqual({ nodes: [], edges: [] });
    });

    it('rejects a depth outside 1 to 3', async () => {
      await expect(store.neighbourhood('RUS', 0)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(store.neighbourhood('RUS', 4)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    });
  });

  describe('paths', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      await ingestAll(store, [...ALL_FIXTURES, EXTRA]);
    });

    it('finds the shortest path first, then longer ones, in a stable order', async () => {
      const paths = await store.paths('UKR', 'USA', { limit: 3 });
      expect(paths.map((p) => [p.actorIds, p.relationIds])).toEqual([
        [['UKR', 'USA'], ['UKR:ALLIES_WITH:USA']],
        [
          ['UKR', 'RUS', 'PRK', 'USA'],
          ['RUS:FIGHTS:UKR', 'PRK:ALLIES_WITH:RUS', 'PRK:THREATENS:USA'],
        ],
        [
          ['UKR', 'RUS', 'PRK', 'USA'],
          ['RUS:FIGHTS:UKR', 'PRK:SENDS_TROOPS_TO:RUS', 'PRK:THREATENS:USA'],
        ],
      ]);
    });

    it('reports whether each relation points along the path', async () => {
      const [, path] = await store.paths('UKR', 'USA', { limit: 2 });
      expect(path?.forward).toEqual([false, false, true]);
      expect(path?.relations.map((r) => [r.source, r.target])).toEqual([
        ['RUS', 'UKR'],
        ['PRK', 'RUS'],
        ['PRK', 'USA'],
      ]);
    });

    it('finds every relation between the same actors as its own path', async () => {
      const paths = await store.paths('UKR', 'USA', { maxLength: 3, limit: 100 });
      expect(paths).toHaveLength(5);
      expect(paths.slice(1).map((p) => p.relationIds[1])).toEqual([
        'PRK:ALLIES_WITH:RUS',
        'PRK:SENDS_TROOPS_TO:RUS',
        'PRK:SUPPLIES:RUS',
        'RUS:SUPPLIES:PRK',
      ]);
    });

    it('keeps paths within maxLength', async () => {
      const paths = await store.paths('UKR', 'USA', { maxLength: 2, limit: 100 });
      expect(paths.map((p) => p.relationIds)).toEqual([['UKR:ALLIES_WITH:USA']]);
      expect(await store.paths('UKR', 'PRK', { maxLength: 1 })).toEqual([]);
    });

    it('walks only the relations the filter keeps', async () => {
      const paths = await store.paths('UKR', 'USA', {
        limit: 100,
        filter: { types: ['FIGHTS', 'SUPPLIES', 'THREATENS'] },
      });
      expect(paths.map((p) => p.relationIds[1])).toEqual(['PRK:SUPPLIES:RUS', 'RUS:SUPPLIES:PRK']);
      const asserted = await store.paths('CHN', 'USA', { filter: { modalities: ['ASSERTED'] } });
      expect(asserted).toEqual([]);
    });

    it('returns no path between unconnected, unknown or identical actors', async () => {
      expect(await store.paths('NATO', 'USA')).toEqual([]);
      expect(await store.paths('XXX', 'USA')).toEqual([]);
      expect(await store.paths('USA', 'USA')).toEqual([]);
    });

    it('rejects a maxLength above 6 or a limit below 1', async () => {
      await expect(store.paths('UKR', 'USA', { maxLength: 7 })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      await expect(store.paths('UKR', 'USA', { limit: 0 })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    });
  });
}
