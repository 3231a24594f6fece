// Relation details: corroboration, first and last report, modality profile, contradiction.

import { beforeEach, describe, expect, it } from 'vitest';
import { MODALITIES, type RelationDetail } from '../../../server/src/domain';
import type { GraphStore } from '../../../server/src/store/store';
import { ingestAll } from './helpers';

const byId = (edges: RelationDetail[]) => new Map(edges.map((edge) => [edge.id, edge]));

export function detailSpecs(current: () => GraphStore): void {
  describe('relation details', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      await ingestAll(store);
    });

    it('counts articles, publishers and the first and last report of the filtered evidence', async () => {
      const supplies = byId((await store.graphDetail({})).edges).get('RUS:SUPPLIES:PRK');
      expect(supplies).toEqual({
        id: 'RUS:SUPPLIES:PRK',
        source: 'RUS',
        type: 'SUPPLIES',
        target: 'PRK',
        evidenceCount: 2,
        articleCount: 2,
        publisherCount: 1,
        firstSeen: '2024-11-10T19:45:00.000Z',
        lastSeen: '2024-11-10T19:45:00.000Z',
        modalityCounts: { ASSERTED: 1, HEDGED: 1, NEGATED: 1, QUESTION: 0 },
        contested: true,
      });
    });

    it('widens the counts and dates when every modality is asked for', async () => {
      const all = byId((await store.graphDetail({ modalities: MODALITIES })).edges);
      expect(all.get('RUS:SUPPLIES:PRK')).toMatchObject({
        evidenceCount: 3,
        articleCount: 3,
        publisherCount: 2,
        firstSeen: '2024-11-01T12:00:00.000Z',
        lastSeen: '2024-11-10T19:45:00.000Z',
      });
    });

    it('counts distinct publishers across both directions of a symmetric relation', async () => {
      const allies = byId((await store.graphDetail({})).edges).get('PRK:ALLIES_WITH:RUS');
      expect(allies).toMatchObject({
        evidenceCount: 2,
        articleCount: 2,
        publisherCount: 2,
        firstSeen: '2024-11-01T12:00:00.000Z',
        lastSeen: '2024-11-10T19:45:00.000Z',
        contested: false,
      });
    });

    it('reports no dates and no publishers for evidence from undated, anonymous articles', async () => {
      const fights = byId((await store.graphDetail({})).edges).get('RUS:FIGHTS:UKR');
      expect(fights).toMatchObject({ publisherCount: 0, firstSeen: null, lastSeen: null });
    });

    it('counts every modality whatever the filter', async () => {
      const negated = byId((await store.graphDetail({ modalities: ['NEGATED'] })).edges);
      expect(negated.get('RUS:SUPPLIES:PRK')?.modalityCounts).toEqual({
        ASSERTED: 1,
        HEDGED: 1,
        NEGATED: 1,
        QUESTION: 0,
      });
      expect(negated.get('RUS:SUPPLIES:PRK')?.evidenceCount).toBe(1);
    });

    it('leaves contested relations out when includeContested is false', async () => {
      const ids = (await store.graphDetail({ includeContested: false })).edges.map((e) => e.id);
      expect(ids).not.toContain('RUS:SUPPLIES:PRK');
      expect(ids).toContain('PRK:SUPPLIES:RUS');
      const plain = (await store.graph({ includeContested: false })).edges.map((e) => e.id);
      expect(plain).toEqual(ids);
    });

    it('gives graph() the same edges as graphDetail(), without the details', async () => {
      const detailed = await store.graphDetail({ modalities: MODALITIES });
      const plain = await store.graph({ modalities: MODALITIES });
      expect(plain.nodes).toEqual(detailed.nodes);
      expect(plain.edges).toEqual(
        detailed.edges.map(({ id, source, type, target, evidenceCount }) => ({
          id,
          source,
          type,
          target,
          evidenceCount,
        })),
      );
    });

    it('returns one relation as the graph lists it under the same filter', async () => {
      const graph = byId((await store.graphDetail({ modalities: MODALITIES })).edges);
      expect(await store.relation('PRK:ALLIES_WITH:RUS', { modalities: MODALITIES })).toEqual(
        graph.get('PRK:ALLIES_WITH:RUS'),
      );
      expect(await store.relation('RUS:SUPPLIES:PRK')).toMatchObject({ evidenceCount: 2 });
    });

    it('returns null for an unknown relation or one the filter leaves out', async () => {
      expect(await store.relation('XXX:SUPPLIES:YYY')).toBeNull();
      expect(await store.relation('CHN:THREATENS:USA')).toBeNull();
      expect(await store.relation('CHN:THREATENS:USA', { modalities: ['QUESTION'] })).toMatchObject(
        { evidenceCount: 1, modalityCounts: { QUESTION: 1 } },
      );
    });
  });
}
