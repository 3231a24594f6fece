// Paged lists: a relation's evidence, articles (searchable, by date), actors (by name, alias).

import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore, Page } from '../../../server/src/store/store';
import { ACTORS, BLUE_NEWS, UNDATED, WIRE, supplyReports } from '../fixtures';
import { ingestAll } from './helpers';

/** Every item, following endCursor page by page. */
async function drain<T>(fetch: (after: string | null) => Promise<Page<T>>): Promise<T[][]> {
  const pages: T[][] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<T> = await fetch(after);
    pages.push(page.items);
    if (!page.hasNextPage) return pages;
    after = page.endCursor;
  }
}

export function pageSpecs(current: () => GraphStore): void {
  describe('evidence pages', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      await ingestAll(store);
    });

    it('pages a relation’s evidence in the order evidence() gives it', async () => {
      const first = await store.evidencePage('RUS:SUPPLIES:PRK', { first: 2 });
      expect(first.items.map((e) => e.articleId)).toEqual([WIRE.article.id, BLUE_NEWS.article.id]);
      expect(first).toMatchObject({ totalCount: 3, hasNextPage: true });
      const second = await store.evidencePage('RUS:SUPPLIES:PRK', {
        first: 2,
        after: first.endCursor,
      });
      expect(second.items.map((e) => e.articleId)).toEqual([UNDATED.article.id]);
      expect(second).toMatchObject({ totalCount: 3, hasNextPage: false });
      expect([...first.items, ...second.items]).toEqual(await store.evidence(['RUS:SUPPLIES:PRK']));
    });

    it('filters a page by modality and counts only what passes', async () => {
      const page = await store.evidencePage('RUS:SUPPLIES:PRK', { modalities: ['NEGATED'] });
      expect(page.items.map((e) => e.modality)).toEqual(['NEGATED']);
      expect(page).toMatchObject({ totalCount: 1, hasNextPage: false });
    });

    it('walks many pages without skipping or repeating evidence', async () => {
      for (const report of supplyReports(5)) await store.ingest(report.article, report.graph);
      const pages = await drain((after) =>
        store.evidencePage('RUS:SUPPLIES:PRK', { first: 2, after }),
      );
      expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 2]);
      expect(pages.flat()).toEqual(await store.evidence(['RUS:SUPPLIES:PRK']));
    });

    it('returns an empty page for an unknown relation', async () => {
      expect(await store.evidencePage('XXX:SUPPLIES:YYY')).toEqual({
        items: [],
        totalCount: 0,
        endCursor: null,
        hasNextPage: false,
      });
    });

    it('rejects a cursor it did not make and a page size out of range', async () => {
      await expect(
        store.evidencePage('RUS:SUPPLIES:PRK', { after: 'bogus' }),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      const articles = await store.articlesPage({ first: 1 });
      await expect(
        store.evidencePage('RUS:SUPPLIES:PRK', { after: articles.endCursor }),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(store.evidencePage('RUS:SUPPLIES:PRK', { first: 0 })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    });
  });

  describe('article pages', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      await ingestAll(store, [UNDATED, BLUE_NEWS, WIRE]);
    });

    it('pages articles newest first, undated last', async () => {
      const pages = await drain((after) => store.articlesPage({ first: 2, after }));
      expect(pages.map((p) => p.map((a) => a.id))).toEqual([
        [BLUE_NEWS.article.id, WIRE.article.id],
        [UNDATED.article.id],
      ]);
      expect(pages.flat()).toEqual(await store.articles());
      expect((await store.articlesPage()).totalCount).toBe(3);
    });

    it('searches titles and texts without regard to case', async () => {
      const ids = async (search: string) =>
        (await store.articlesPage({ search })).items.map((a) => a.id);
      expect(await ids('nordkorea')).toEqual([BLUE_NEWS.article.id]);
      expect(await ids('NORTH KOREA')).toEqual([WIRE.article.id, UNDATED.article.id]);
      expect(await ids('BÜNDNIS')).toEqual([BLUE_NEWS.article.id]);
      expect(await ids('deepen their')).toEqual([WIRE.article.id]);
      expect(await ids('no such words')).toEqual([]);
      expect((await store.articlesPage({ search: 'north korea' })).totalCount).toBe(2);
    });

    it('keeps articles published within a date range, leaving undated ones out', async () => {
      const ids = async (from?: string, to?: string) =>
        (await store.articlesPage({ from, to })).items.map((a) => a.id);
      expect(await ids('2024-11-05')).toEqual([BLUE_NEWS.article.id]);
      expect(await ids(undefined, '2024-11-05')).toEqual([WIRE.article.id]);
      expect(await ids('2024-11-01', '2024-11-10')).toEqual([
        BLUE_NEWS.article.id,
        WIRE.article.id,
      ]);
    });
  });

  describe('actor pages', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      await ingestAll(store);
    });

    it('pages actors by name', async () => {
      const pages = await drain((after) => store.actorsPage({ first: 3, after }));
      expect(pages.map((p) => p.map((a) => a.id))).toEqual([
        ['CHN', 'ISW', 'NATO'],
        ['PRK', 'RUS', 'UKR'],
        ['USA'],
      ]);
      expect((await store.actorsPage()).totalCount).toBe(7);
    });

    it('filters actors by kind and searches ids, names and aliases', async () => {
      const ids = async (options: Parameters<GraphStore['actorsPage']>[0]) =>
        (await store.actorsPage(options)).items.map((a) => a.id);
      expect(await ids({ kinds: ['ORGANISATION'] })).toEqual(['ISW', 'NATO']);
      expect(await ids({ search: 'KOREA' })).toEqual(['PRK']);
      expect(await ids({ search: 'usa' })).toEqual(['USA']);
      await store.addAlias('PRK', 'Nordkorea', 'de');
      expect(await ids({ search: 'nordk' })).toEqual(['PRK']);
      expect((await store.actorsPage({ search: 'nordk' })).items).toEqual([ACTORS.PRK]);
    });
  });
}
