// Evidence: sentences, offsets, claimants, modality filter, batching and order.

import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../server/src/store/store';
import { BLUE_NEWS, UNDATED, WIRE } from '../fixtures';
import { ingestAll } from './helpers';

export function evidenceSpecs(current: () => GraphStore): void {
  describe('evidence', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      await ingestAll(store);
    });

    it('returns the evidence sentence with its offsets and claimant', async () => {
      const [first] = await store.evidence(['RUS:SUPPLIES:PRK'], ['ASSERTED']);
      const mention = BLUE_NEWS.graph.mentions[0]!;
      expect(first).toEqual({
        ...mention,
        id: `${BLUE_NEWS.article.id}:0`,
        relationId: 'RUS:SUPPLIES:PRK',
        articleId: BLUE_NEWS.article.id,
      });
      expect(first?.claimant).toBe('NATO');
      expect(first?.claimantName).toBe('Mark Rutte');
      expect(BLUE_NEWS.article.text.slice(first?.start, first?.end)).toBe(first?.sentence);
      expect(Number.isInteger(first?.start)).toBe(true);
    });

    it('returns every modality when none is given, oldest article first and undated last', async () => {
      const evidence = await store.evidence(['RUS:SUPPLIES:PRK']);
      expect(evidence.map((e) => [e.articleId, e.modality])).toEqual([
        [WIRE.article.id, 'NEGATED'],
        [BLUE_NEWS.article.id, 'ASSERTED'],
        [UNDATED.article.id, 'HEDGED'],
      ]);
    });

    it('filters evidence by modality', async () => {
      const negated = await store.evidence(['RUS:SUPPLIES:PRK'], ['NEGATED']);
      expect(negated.map((e) => e.sentence)).toEqual([WIRE.graph.mentions[1]!.sentence]);
      expect(await store.evidence(['RUS:SUPPLIES:PRK'], [])).toEqual([]);
    });

    it('batches several relations, sorted by relation id', async () => {
      const evidence = await store.evidence(
        ['RUS:FIGHTS:UKR', 'PRK:ALLIES_WITH:RUS', 'RUS:FIGHTS:UKR'],
        ['ASSERTED', 'HEDGED'],
      );
      expect(evidence.map((e) => e.relationId)).toEqual([
        'PRK:ALLIES_WITH:RUS',
        'PRK:ALLIES_WITH:RUS',
        'RUS:FIGHTS:UKR',
      ]);
    });

    it('keeps the direction each sentence states for a symmetric relation', async () => {
      const evidence = await store.evidence(['PRK:ALLIES_WITH:RUS']);
      expect(evidence.map((e) => [e.source, e.target])).toEqual([
        ['PRK', 'RUS'],
        ['RUS', 'PRK'],
      ]);
    });

    it('returns nothing for unknown or no relation ids', async () => {
      expect(await store.evidence(['XXX:SUPPLIES:YYY'])).toEqual([]);
      expect(await store.evidence([])).toEqual([]);
    });

    it('returns null claimants and claimant names when the text asserts the relation itself', async () => {
      const [fights] = await store.evidence(['RUS:FIGHTS:UKR']);
      expect(fights?.claimant).toBeNull();
      expect(fights?.claimantName).toBeNull();
    });
  });
}
