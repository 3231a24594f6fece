// Ingest: created/duplicate outcomes, idempotence, validation, actor upserts, ids.

import { beforeEach, describe, expect, it } from 'vitest';
import { MODALITIES, type ArticleGraph } from '../../../server/src/domain';
import type { GraphStore } from '../../../server/src/store/store';
import { ACTORS, ALL_FIXTURES, BLUE_NEWS, UNDATED, WIRE, supplyReports } from '../fixtures';
import { ingestAll } from './helpers';

export function ingestSpecs(current: () => GraphStore): void {
  describe('ingest', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
    });
    it('reports a new article as created and returns it as stored', async () => {
      const outcome = await store.ingest(BLUE_NEWS.article, BLUE_NEWS.graph);
      expect(outcome).toEqual({ article: BLUE_NEWS.article, created: true });
    });

    it('reads an article back unchanged, with nulls for unknown fields', async () => {
      await ingestAll(store);
      expect(await store.article(BLUE_NEWS.article.id)).toEqual(BLUE_NEWS.article);
      const undated = await store.article(UNDATED.article.id);
      expect(undated).toEqual(UNDATED.article);
      expect(undated?.title).toBeNull();
      expect(undated?.publishedAt).toBeNull();
    });

    it('keeps one edge when the same article is ingested twice', async () => {
      await ingestAll(store);
      const before = await store.graph({});
      const again = await store.ingest(BLUE_NEWS.article, BLUE_NEWS.graph);
      expect(again.created).toBe(false);
      expect(await store.graph({})).toEqual(before);
      expect(await store.countArticles()).toBe(3);
    });

    it('writes nothing when the article already exists', async () => {
      await store.ingest(BLUE_NEWS.article, BLUE_NEWS.graph);
      const before = await store.graph({ modalities: MODALITIES });
      const changed: ArticleGraph = {
        actors: [
          ...BLUE_NEWS.graph.actors.map((a) => (a.id === 'RUS' ? { ...a, name: 'Renamed' } : a)),
          ACTORS.UKR,
        ],
        mentions: [...BLUE_NEWS.graph.mentions, { ...UNDATED.graph.mentions[3]! }],
      };
      const outcome = await store.ingest(
        { ...BLUE_NEWS.article, title: 'Another title', ingestedAt: '2030-01-01T00:00:00Z' },
        changed,
      );
      expect(outcome).toEqual({ article: BLUE_NEWS.article, created: false });
      expect(await store.article(BLUE_NEWS.article.id)).toEqual(BLUE_NEWS.article);
      expect(await store.actors(['RUS', 'UKR'])).toEqual([ACTORS.RUS]);
      expect(await store.graph({ modalities: MODALITIES })).toEqual(before);
    });

    it('keeps one article when the same article is ingested concurrently', async () => {
      const outcomes = await Promise.all([
        store.ingest(WIRE.article, WIRE.graph),
        store.ingest(WIRE.article, WIRE.graph),
      ]);
      expect(outcomes.map((o) => o.created).sort()).toEqual([false, true]);
      expect(await store.countArticles()).toBe(1);
      expect(await store.evidence(['PRK:ALLIES_WITH:RUS'])).toHaveLength(1);
    });

    it('keeps every mention when different articles are ingested concurrently', async () => {
      const reports = supplyReports(8);
      const outcomes = await Promise.all(reports.map((r) => store.ingest(r.article, r.graph)));
      expect(outcomes.every((o) => o.created)).toBe(true);
      expect((await store.graph({})).edges).toEqual([
        {
          id: 'PRK:ALLIES_WITH:RUS',
          source: 'PRK',
          type: 'ALLIES_WITH',
          target: 'RUS',
          evidenceCount: 8,
        },
        {
          id: 'RUS:SUPPLIES:PRK',
          source: 'RUS',
          type: 'SUPPLIES',
          target: 'PRK',
          evidenceCount: 8,
        },
      ]);
    });

    it('stores an article without relations', async () => {
      const outcome = await store.ingest(
        { ...UNDATED.article, id: 'empty-article' },
        { actors: [], mentions: [] },
      );
      expect(outcome.created).toBe(true);
      expect(await store.countArticles()).toBe(1);
      expect(await store.graph({})).toEqual({ nodes: [], edges: [] });
    });

    it('updates an actor from a later article', async () => {
      await store.ingest(BLUE_NEWS.article, BLUE_NEWS.graph);
      const renamed = { ...ACTORS.RUS, name: 'Russian Federation', wikidata: null };
      await store.ingest(WIRE.article, {
        ...WIRE.graph,
        actors: WIRE.graph.actors.map((a) => (a.id === 'RUS' ? renamed : a)),
      });
      expect(await store.actors(['RUS'])).toEqual([renamed]);
    });

    it('rejects a graph whose mention names an actor it does not contain, writing nothing', async () => {
      const broken: ArticleGraph = {
        actors: [ACTORS.RUS],
        mentions: BLUE_NEWS.graph.mentions.slice(0, 1),
      };
      await expect(store.ingest(BLUE_NEWS.article, broken)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      expect(await store.countArticles()).toBe(0);
      expect(await store.actors(['RUS'])).toEqual([]);
    });

    it('names evidence after its article and position, and relations after their ends', async () => {
      await store.ingest(WIRE.article, WIRE.graph);
      const evidence = await store.evidence(['PRK:ALLIES_WITH:RUS', 'RUS:SUPPLIES:PRK']);
      expect(evidence.map((e) => [e.id, e.relationId, e.articleId])).toEqual([
        [`${WIRE.article.id}:0`, 'PRK:ALLIES_WITH:RUS', WIRE.article.id],
        [`${WIRE.article.id}:1`, 'RUS:SUPPLIES:PRK', WIRE.article.id],
      ]);
    });
  });

  describe('ingest of a batch', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
    });

    /** Everything a reader can see, with all modalities. */
    const contents = async () => {
      const graph = await store.graphDetail({ modalities: MODALITIES });
      return {
        graph,
        evidence: await store.evidence(graph.edges.map((e) => e.id)),
        articles: await store.articles(),
      };
    };

    it('ingests a batch in one call with the same result as one by one', async () => {
      await ingestAll(store);
      const oneByOne = await contents();
      for (const { article } of ALL_FIXTURES) await store.deleteArticle(article.id);
      expect(await store.countArticles()).toBe(0);

      const outcomes = await store.ingestMany([...ALL_FIXTURES]);
      expect(outcomes).toEqual(ALL_FIXTURES.map(({ article }) => ({ article, created: true })));
      expect(await contents()).toEqual(oneByOne);
    });

    it('reports a repeated article in a batch as unchanged', async () => {
      const outcomes = await store.ingestMany([WIRE, BLUE_NEWS, WIRE]);
      expect(outcomes).toEqual([
        { article: WIRE.article, created: true },
        { article: BLUE_NEWS.article, created: true },
        { article: WIRE.article, created: false },
      ]);
      expect(await store.countArticles()).toBe(2);
      const graph = await store.graph({ modalities: MODALITIES });
      expect(await store.evidence(graph.edges.map((e) => e.id))).toHaveLength(
        WIRE.graph.mentions.length + BLUE_NEWS.graph.mentions.length,
      );
    });

    it('reports articles already stored as unchanged and writes the others', async () => {
      await store.ingest(BLUE_NEWS.article, BLUE_NEWS.graph);
      const outcomes = await store.ingestMany([
        { article: { ...BLUE_NEWS.article, title: 'Another title' }, graph: BLUE_NEWS.graph },
        UNDATED,
      ]);
      expect(outcomes).toEqual([
        { article: BLUE_NEWS.article, created: false },
        { article: UNDATED.article, created: true },
      ]);
      expect(await store.countArticles()).toBe(2);
    });

    it('keeps every mention when batches of different articles are ingested concurrently', async () => {
      const reports = supplyReports(8);
      const outcomes = await Promise.all([
        store.ingestMany(reports.slice(0, 4)),
        store.ingestMany(reports.slice(4)),
      ]);
      expect(outcomes.flat().every((o) => o.created)).toBe(true);
      expect((await store.graph({})).edges.map((e) => [e.id, e.evidenceCount])).toEqual([
        ['PRK:ALLIES_WITH:RUS', 8],
        ['RUS:SUPPLIES:PRK', 8],
      ]);
    });

    it('takes an actor named by several articles of a batch from the last of them', async () => {
      const renamed = { ...ACTORS.RUS, name: 'Russian Federation', wikidata: null };
      await store.ingestMany([
        BLUE_NEWS,
        {
          article: WIRE.article,
          graph: {
            ...WIRE.graph,
            actors: WIRE.graph.actors.map((a) => (a.id === 'RUS' ? renamed : a)),
          },
        },
      ]);
      expect(await store.actors(['RUS'])).toEqual([renamed]);
    });

    it('writes nothing from a batch in which one graph is invalid', async () => {
      const broken: ArticleGraph = {
        actors: [ACTORS.RUS],
        mentions: BLUE_NEWS.graph.mentions.slice(0, 1),
      };
      await expect(
        store.ingestMany([WIRE, { article: BLUE_NEWS.article, graph: broken }]),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await store.countArticles()).toBe(0);
      expect(await store.actors(['RUS', 'PRK'])).toEqual([]);
    });

    it('answers an empty batch with no outcomes', async () => {
      expect(await store.ingestMany([])).toEqual([]);
      expect(await store.countArticles()).toBe(0);
    });
  });
}
