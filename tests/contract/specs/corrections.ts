// User corrections: merging actors and adding aliases, kept apart from extracted data so they
// apply to later ingests and survive re-extraction.

import { beforeEach, describe, expect, it } from 'vitest';
import { MODALITIES, type Article, type ArticleGraph } from '../../../server/src/domain';
import type { GraphStore } from '../../../server/src/store/store';
import { ACTORS, ALL_FIXTURES, DPRK, EXTRA, buildFixture } from '../fixtures';
import { edgeIds, ingestAll } from './helpers';

const FIXTURES = [...ALL_FIXTURES, EXTRA];
const original = (article: Article): ArticleGraph => {
  const fixture = FIXTURES.find((f) => f.article.id === article.id);
  if (!fixture) throw new Error(`no fixture for ${article.id}`);
  return fixture.graph;
};

export function correctionSpecs(current: () => GraphStore): void {
  describe('merging actors', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      await ingestAll(store, FIXTURES);
    });

    it('moves the dropped actor’s evidence to the kept one and recounts relations', async () => {
      expect(await edgeIds(store, { actors: ['DPRK'] })).toEqual(['DPRK:THREATENS:USA']);
      await store.mergeActors('PRK', 'DPRK');
      expect(await store.relation('PRK:THREATENS:USA')).toMatchObject({
        evidenceCount: 2,
        articleCount: 2,
        modalityCounts: { ASSERTED: 1, HEDGED: 1 },
      });
      expect(await edgeIds(store, { actors: ['DPRK'] })).toEqual([]);
      const evidence = await store.evidence(['PRK:THREATENS:USA']);
      expect(evidence.map((e) => [e.source, e.articleId])).toEqual([
        ['PRK', EXTRA.article.id],
        ['PRK', FIXTURES[0]!.article.id],
      ]);
      expect(await store.actors(['DPRK', 'PRK'])).toEqual([ACTORS.PRK]);
    });

    it('records the merge and the dropped name as an alias', async () => {
      await store.mergeActors('PRK', 'DPRK');
      expect(await store.corrections()).toEqual({
        merges: [{ from: 'DPRK', to: 'PRK' }],
        aliases: [{ actorId: 'PRK', alias: DPRK.name, lang: null }],
      });
      expect((await store.actorsPage({ search: 'republic' })).items).toEqual([ACTORS.PRK]);
    });

    it('stores a later mention of the dropped actor under the kept one', async () => {
      await store.mergeActors('PRK', 'DPRK');
      const later = buildFixture(
        { title: 'Later', url: null, source: 'Wire', author: null, publishedAt: null, lang: 'en' },
        [
          {
            sentence: 'The DPRK supplies Russia with shells again.',
            source: 'USA',
            type: 'SUPPLIES',
            target: 'RUS',
            modality: 'ASSERTED',
            trigger: 'supplies',
          },
        ],
      );
      const graph: ArticleGraph = {
        actors: [DPRK, ACTORS.RUS],
        mentions: [{ ...later.graph.mentions[0]!, source: 'DPRK', claimant: 'DPRK' }],
      };
      await store.ingest(later.article, graph);
      const [evidence] = (await store.evidence(['PRK:SUPPLIES:RUS'])).filter(
        (e) => e.articleId === later.article.id,
      );
      expect(evidence).toMatchObject({
        source: 'PRK',
        claimant: 'PRK',
        relationId: 'PRK:SUPPLIES:RUS',
      });
      expect(await store.actors(['DPRK'])).toEqual([]);
    });

    it('keeps merges through re-extraction', async () => {
      await store.mergeActors('PRK', 'DPRK');
      const before = await store.graphDetail({ modalities: MODALITIES });
      await store.reextract(original);
      expect(await store.graphDetail({ modalities: MODALITIES })).toEqual(before);
      expect(await store.actors(['DPRK'])).toEqual([]);
      expect((await store.corrections()).merges).toEqual([{ from: 'DPRK', to: 'PRK' }]);
    });

    it('keeps merges flat when the kept actor is merged in turn, moving its aliases', async () => {
      await store.mergeActors('PRK', 'DPRK');
      await store.mergeActors('RUS', 'PRK');
      const corrections = await store.corrections();
      expect(corrections.merges).toEqual([
        { from: 'DPRK', to: 'RUS' },
        { from: 'PRK', to: 'RUS' },
      ]);
      expect(corrections.aliases).toEqual([
        { actorId: 'RUS', alias: DPRK.name, lang: null },
        { actorId: 'RUS', alias: 'North Korea', lang: null },
      ]);
      expect(await edgeIds(store, { types: ['ALLIES_WITH'] })).toEqual([
        'RUS:ALLIES_WITH:RUS',
        'UKR:ALLIES_WITH:USA',
      ]);
      expect(await edgeIds(store, { actors: ['USA'] })).toEqual([
        'RUS:THREATENS:USA',
        'UKR:ALLIES_WITH:USA',
      ]);
    });

    it('treats merging again as done, and rejects unknown actors and self-merges', async () => {
      await store.mergeActors('PRK', 'DPRK');
      await expect(store.mergeActors('PRK', 'DPRK')).resolves.toBeUndefined();
      await expect(store.mergeActors('PRK', 'XXX')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(store.mergeActors('XXX', 'PRK')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(store.mergeActors('PRK', 'PRK')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    });
  });

  describe('aliases', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      await ingestAll(store, FIXTURES);
    });

    it('adds an alias once per language', async () => {
      expect(await store.addAlias('PRK', 'Nordkorea', 'de')).toBe(true);
      expect(await store.addAlias('PRK', ' Nordkorea ', 'de')).toBe(false);
      expect(await store.addAlias('PRK', 'Nordkorea')).toBe(true);
      expect((await store.corrections()).aliases).toEqual([
        { actorId: 'PRK', alias: 'Nordkorea', lang: null },
        { actorId: 'PRK', alias: 'Nordkorea', lang: 'de' },
      ]);
    });

    it('gives an alias of a merged-away actor to the actor it was merged into', async () => {
      await store.mergeActors('PRK', 'DPRK');
      await store.addAlias('DPRK', 'Pjöngjang', 'de');
      expect((await store.corrections()).aliases).toContainEqual({
        actorId: 'PRK',
        alias: 'Pjöngjang',
        lang: 'de',
      });
    });

    it('keeps aliases through re-extraction', async () => {
      await store.addAlias('RUS', 'Russland', 'de');
      await store.reextract(original);
      expect((await store.corrections()).aliases).toEqual([
        { actorId: 'RUS', alias: 'Russland', lang: 'de' },
      ]);
    });

    it('rejects an unknown actor, an empty alias and an unknown language', async () => {
      await expect(store.addAlias('XXX', 'x')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(store.addAlias('PRK', '  ')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(
        store.addAlias('PRK', 'Coreia do Norte', 'pt' as unknown as 'de'),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('starts with no corrections', async () => {
      expect(await store.corrections()).toEqual({ merges: [], aliases: [] });
    });
  });
}
