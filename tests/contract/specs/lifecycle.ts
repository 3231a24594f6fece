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

    it('starts empty', async () => {
      expect(await store.countArticles()).toBe(0);
      expect(await store.articles()).toEqual([]);
      expect(await store.graph({})).toEqual({ nodes: [], edges: [] });
    });
  });
}
