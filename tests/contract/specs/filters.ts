// The extended graph filters: date range on article instants, claimants, publishers.

import { beforeEach, describe, expect, it } from 'vitest';
import { MODALITIES } from '../../../server/src/domain';
import type { GraphStore } from '../../../server/src/store/store';
import { edgeIds, ingestAll } from './helpers';

export function filterSpecs(current: () => GraphStore): void {
  describe('graph filters', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      await ingestAll(store);
    });

    it('keeps only evidence from articles published from a date on, leaving undated ones out', async () => {
      expect(await edgeIds(store, { from: '2024-11-05' })).toEqual([
        'PRK:ALLIES_WITH:RUS',
        'PRK:SENDS_TROOPS_TO:RUS',
        'PRK:THREATENS:USA',
        'RUS:SUPPLIES:PRK',
      ]);
    });

    it('includes the whole day of a bare end date', async () => {
      expect(await edgeIds(store, { to: '2024-11-01' })).toEqual([
        'PRK:ALLIES_WITH:RUS',
        'PRK:SENDS_TROOPS_TO:RUS',
      ]);
      expect(await edgeIds(store, { to: '2024-11-01T11:59:59Z' })).toEqual([]);
    });

    it('compares dates as instants, whatever their time zone', async () => {
      // Published 2024-11-10T20:45:00+01:00, that is 19:45 UTC.
      expect(
        await edgeIds(store, { from: '2024-11-10T19:45:00Z', to: '2024-11-10T20:00:00Z' }),
      ).toEqual([
        'PRK:ALLIES_WITH:RUS',
        'PRK:SENDS_TROOPS_TO:RUS',
        'PRK:THREATENS:USA',
        'RUS:SUPPLIES:PRK',
      ]);
      expect(await edgeIds(store, { from: '2024-11-10T20:46:00+01:00' })).toEqual([]);
    });

    it('counts only the evidence inside the date range', async () => {
      const graph = await store.graphDetail({
        from: '2024-11-01',
        to: '2024-11-30',
        modalities: MODALITIES,
      });
      const supplies = graph.edges.find((e) => e.id === 'RUS:SUPPLIES:PRK');
      expect(supplies).toMatchObject({ evidenceCount: 2, articleCount: 2, publisherCount: 2 });
    });

    it('keeps only evidence claimed by the chosen claimants', async () => {
      expect(await edgeIds(store, { claimants: ['NATO'] })).toEqual(['RUS:SUPPLIES:PRK']);
      expect(await edgeIds(store, { claimants: ['ISW', 'NATO'] })).toEqual([
        'PRK:THREATENS:USA',
        'RUS:SUPPLIES:PRK',
      ]);
      expect(await edgeIds(store, { claimants: ['RUS'], modalities: ['NEGATED'] })).toEqual([
        'RUS:SUPPLIES:PRK',
      ]);
    });

    it('keeps only evidence from the chosen publishers', async () => {
      expect(await edgeIds(store, { publishers: ['Wire'] })).toEqual([
        'PRK:ALLIES_WITH:RUS',
        'PRK:SENDS_TROOPS_TO:RUS',
      ]);
      const graph = await store.graph({ publishers: ['Wire'] });
      expect(graph.edges.map((e) => e.evidenceCount)).toEqual([1, 1]);
    });

    it('returns an empty graph for empty claimant or publisher lists or an empty date range', async () => {
      const empty = { nodes: [], edges: [] };
      expect(await store.graph({ claimants: [] })).toEqual(empty);
      expect(await store.graph({ publishers: [] })).toEqual(empty);
      expect(await store.graph({ from: '2024-12-01', to: '2024-11-01' })).toEqual(empty);
    });

    it('rejects a date it cannot read', async () => {
      await expect(store.graph({ from: 'last tuesday' })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    });
  });
}
