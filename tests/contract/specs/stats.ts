// Statistics over the whole store.

import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../server/src/store/store';
import { supplyReports } from '../fixtures';
import { ingestAll } from './helpers';

export function statsSpecs(current: () => GraphStore): void {
  describe('stats', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
    });

    it('counts actors, articles, mentions and relations, per type, modality and month', async () => {
      await ingestAll(store);
      const stats = await store.stats();
      expect(stats).toMatchObject({ actors: 7, articles: 3, mentions: 11, relations: 7 });
      expect(stats.mentionsByType).toMatchObject({
        SUPPLIES: 4,
        THREATENS: 2,
        ALLIES_WITH: 2,
        SENDS_TROOPS_TO: 2,
        FIGHTS: 1,
        SANCTIONS: 0,
      });
      expect(stats.relationsByType).toMatchObject({ SUPPLIES: 2, THREATENS: 2, ALLIES_WITH: 1 });
      expect(stats.mentionsByModality).toEqual({ ASSERTED: 6, HEDGED: 3, NEGATED: 1, QUESTION: 1 });
      expect(stats.months).toEqual([{ month: '2024-11', articles: 2, mentions: 7 }]);
    });

    it('counts an empty store as zeros with every type and modality present', async () => {
      const stats = await store.stats();
      expect(stats).toMatchObject({
        actors: 0,
        articles: 0,
        mentions: 0,
        relations: 0,
        months: [],
      });
      expect(Object.values(stats.mentionsByType).every((n) => n === 0)).toBe(true);
      expect(Object.keys(stats.mentionsByType)).toHaveLength(11);
      expect(stats.mentionsByModality).toEqual({ ASSERTED: 0, HEDGED: 0, NEGATED: 0, QUESTION: 0 });
    });

    it('puts each article in the UTC month of its publication instant', async () => {
      const [report] = supplyReports(1);
      await store.ingest(
        { ...report!.article, publishedAt: '2024-12-01T00:30:00+01:00' },
        report!.graph,
      );
      expect((await store.stats()).months).toEqual([
        { month: '2024-11', articles: 1, mentions: 2 },
      ]);
    });
  });
}
