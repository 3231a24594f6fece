// Articles and actors: order, counts, unknown ids.

import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../server/src/store/store';
import { ACTORS, BLUE_NEWS, UNDATED, WIRE } from '../fixtures';
import { ingestAll } from './helpers';

export function articlesSpecs(current: () => GraphStore): void {
  describe('articles and actors', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      await ingestAll(store, [UNDATED, BLUE_NEWS, WIRE]);
    });

    it('lists articles newest first, undated last', async () => {
      const ids = (await store.articles()).map((a) => a.id);
      expect(ids).toEqual([BLUE_NEWS.article.id, WIRE.article.id, UNDATED.article.id]);
    });

    it('counts articles', async () => {
      expect(await store.countArticles()).toBe(3);
    });

    it('returns null for an unknown article', async () => {
      expect(await store.article('no-such-article')).toBeNull();
    });

    it('returns known actors and leaves out unknown ids', async () => {
      const actors = await store.actors(['USA', 'XXX', 'NATO', 'USA']);
      expect(actors).toHaveLength(2);
      expect(actors).toEqual(expect.arrayContaining([ACTORS.USA, ACTORS.NATO]));
      expect(await store.actors([])).toEqual([]);
    });

    it('stores claimants as actors', async () => {
      expect(await store.actors(['ISW'])).toEqual([ACTORS.ISW]);
    });
  });
}
