// Lifecycle: ping, init, close, the empty store.

import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../server/src/store/store';
import { ingestAll } from './helpers';

export function lifecycleSpecs(current: () => GraphStore): void {
  describe('lifecycle', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
    });
    it('answers ping', async () => {
      expect(await store.ping()).toBe(true);
    });

    it('keeps its data when init is called again', async () => {
      await ingestAll(store);
      await store.init();
      expect(await store.countArticles()).toBe(3);
    });

    it('can be closed twice', async () => {
      await store.close();
      await expect(store.close()).resolves.toBeUndefined();
    });

    it('keeps its data version while only read, and moves it with every write', async () => {
      const empty = await store.dataVersion();
      expect(empty).not.toBeNull();
      await store.graph({});
      await store.stats();
      expect(await store.dataVersion()).toBe(empty);
      await ingestAll(store);
      const filled = await store.dataVersion();
      expect(filled).not.toBe(empty);
      const [first] = await store.articles();
      expect(await store.deleteArticle(first!.id)).toBe(true);
      expect(await store.dataVersion()).not.toBe(filled);
    });

    it('starts empty', async () => {
      expect(await store.countArticles()).toBe(0);
      expect(await store.articles()).toEqual([]);
      expect(await store.graph({})).toEqual({ nodes: [], edges: [] });
    });
  });
}
