// Deleting articles, replacing an article's mentions, re-extracting everything.

import { beforeEach, describe, expect, it } from 'vitest';
import { MODALITIES, type Article, type ArticleGraph } from '../../../server/src/domain';
import type { GraphStore } from '../../../server/src/store/store';
import { ACTORS, ALL_FIXTURES, UNDATED, WIRE } from '../fixtures';
import { edgeIds, ingestAll } from './helpers';

const graphOf = (article: Article): ArticleGraph => {
  const fixture = ALL_FIXTURES.find((f) => f.article.id === article.id);
  if (!fixture) throw new Error(`no fixture for ${article.id}`);
  return fixture.graph;
};

const withoutNegations = (article: Article): ArticleGraph => {
  const graph = graphOf(article);
  return { ...graph, mentions: graph.mentions.filter((m) => m.modality !== 'NEGATED') };
};

export function maintenanceSpecs(current: () => GraphStore): void {
  describe('deleting articles', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      await ingestAll(store);
    });

    it('deletes an article with its evidence and recounts its relations', async () => {
      expect(await store.deleteArticle(WIRE.article.id)).toBe(true);
      expect(await store.article(WIRE.article.id)).toBeNull();
      expect(await store.countArticles()).toBe(2);
      const evidence = await store.evidence(['PRK:ALLIES_WITH:RUS', 'RUS:SUPPLIES:PRK']);
      expect(evidence.map((e) => e.articleId)).not.toContain(WIRE.article.id);
      const allies = await store.relation('PRK:ALLIES_WITH:RUS');
      expect(allies).toMatchObject({ source: 'RUS', target: 'PRK', evidenceCount: 1 });
      expect(await store.relation('RUS:SUPPLIES:PRK')).toMatchObject({ contested: false });
    });

    it('drops relations left without evidence and keeps their actors', async () => {
      await store.deleteArticle(UNDATED.article.id);
      const ids = await edgeIds(store, { modalities: MODALITIES });
      expect(ids).not.toContain('RUS:FIGHTS:UKR');
      expect(ids).not.toContain('CHN:THREATENS:USA');
      expect(await store.actors(['UKR', 'CHN'])).toHaveLength(2);
    });

    it('reports false for an article it does not have', async () => {
      expect(await store.deleteArticle('no-such-article')).toBe(false);
      await store.deleteArticle(WIRE.article.id);
      expect(await store.deleteArticle(WIRE.article.id)).toBe(false);
    });

    it('takes the article again after deletion', async () => {
      const before = await store.graphDetail({ modalities: MODALITIES });
      await store.deleteArticle(WIRE.article.id);
      expect((await store.ingest(WIRE.article, WIRE.graph)).created).toBe(true);
      expect(await store.graphDetail({ modalities: MODALITIES })).toEqual(before);
    });
  });

  describe('replacing mentions and re-extracting', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      await ingestAll(store);
    });

    it('replaces one article’s mentions and leaves the others alone', async () => {
      const fights = UNDATED.graph.mentions[3]!;
      const replaced = await store.replaceMentions(WIRE.article.id, {
        actors: [ACTORS.RUS, ACTORS.UKR],
        mentions: [fights],
      });
      expect(replaced).toBe(true);
      const evidence = await store.evidence(['RUS:FIGHTS:UKR']);
      expect(evidence.map((e) => [e.articleId, e.id])).toEqual([
        [WIRE.article.id, `${WIRE.article.id}:0`],
        [UNDATED.article.id, `${UNDATED.article.id}:3`],
      ]);
      expect(await store.relation('PRK:ALLIES_WITH:RUS')).toMatchObject({ evidenceCount: 1 });
      expect(await store.article(WIRE.article.id)).toEqual(WIRE.article);
    });

    it('refuses an invalid graph without changing anything, and reports unknown articles', async () => {
      const before = await store.graphDetail({ modalities: MODALITIES });
      const broken = { actors: [ACTORS.RUS], mentions: WIRE.graph.mentions };
      await expect(store.replaceMentions(WIRE.article.id, broken)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      expect(await store.graphDetail({ modalities: MODALITIES })).toEqual(before);
      expect(await store.replaceMentions('no-such-article', WIRE.graph)).toBe(false);
    });

    it('re-extracts every article with progress, one article at a time', async () => {
      const progress: [number, number][] = [];
      const outcome = await store.reextract(withoutNegations, (done, total) =>
        progress.push([done, total]),
      );
      expect(outcome).toEqual({ articles: 3, mentions: 10 });
      expect(progress).toEqual([
        [1, 3],
        [2, 3],
        [3, 3],
      ]);
      expect(await store.relation('RUS:SUPPLIES:PRK')).toMatchObject({
        contested: false,
        modalityCounts: { NEGATED: 0 },
      });
      expect(await store.countArticles()).toBe(3);
    });

    it('changes nothing when re-extraction gives the same graphs, also from an async extractor', async () => {
      const before = await store.graphDetail({ modalities: MODALITIES });
      const evidence = await store.evidence(before.edges.map((e) => e.id));
      await store.reextract(async (article) => graphOf(article));
      expect(await store.graphDetail({ modalities: MODALITIES })).toEqual(before);
      expect(await store.evidence(before.edges.map((e) => e.id))).toEqual(evidence);
    });

    it('stops at an extractor error, keeping the articles already done', async () => {
      const [firstId, secondId] = ALL_FIXTURES.map((f) => f.article.id).sort();
      const failing = (article: Article): ArticleGraph => {
        if (article.id === secondId) throw new Error('extractor broke');
        return withoutNegations(article);
      };
      await expect(store.reextract(failing)).rejects.toThrow('extractor broke');
      expect(await store.countArticles()).toBe(3);
      const first = ALL_FIXTURES.find((f) => f.article.id === firstId)!;
      const dropped = first.graph.mentions.filter((m) => m.modality === 'NEGATED').length;
      expect((await store.stats()).mentions).toBe(11 - dropped);
    });
  });
}
