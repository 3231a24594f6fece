// The in-memory traversal layer checked against the store beneath it: the same neighbourhoods and
// paths, deep-equal and in the same order, for filters it answers itself and filters it passes
// on, and answers from the new data after every kind of write. Run once per store.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MODALITIES, type GraphFilter } from '../../server/src/domain';
import { ingestArticle } from '../../server/src/ingest/pipeline';
import { memoryGraphOf, withMemoryGraph } from '../../server/src/store/memory-graph';
import type { GraphStore } from '../../server/src/store/store';
import { generateArticles } from '../support/generate';
import { ALL_FIXTURES, EXTRA, WIRE } from './fixtures';
import { ingestAll } from './specs/helpers';

export interface MemoryGraphHandle {
  /** An empty, initialised store as its factory returns it. */
  store: GraphStore;
  cleanup: () => Promise<void>;
}

/** Filters that need only relation-level data and a modality set: answered in memory. */
const IN_MEMORY: GraphFilter[] = [
  {},
  { modalities: MODALITIES },
  { modalities: ['NEGATED', 'QUESTION'] },
  { modalities: ['HEDGED', 'ASSERTED'] },
  { modalities: ['ASSERTED'], minEvidence: 3 },
  { types: ['SUPPLIES', 'ALLIES_WITH'] },
  { types: ['THREATENS', 'FIGHTS'], minEvidence: 2, includeContested: false },
  { minEvidence: 2 },
  { includeContested: false, modalities: MODALITIES },
  { actors: ['USA'], modalities: MODALITIES },
  { types: [] },
  { modalities: [] },
];

/** Filters with mention-level conditions: passed to the store. */
const PASSED_ON: GraphFilter[] = [
  { from: '2024-11-05', modalities: MODALITIES },
  { to: '2024-11-10T20:00:00Z' },
  { claimants: ['NATO', 'RUS'], modalities: MODALITIES },
  { publishers: ['Wire', 'blue News'] },
];

/** A store that counts the traversals it is asked for. */
function counting(inner: GraphStore) {
  const calls = { count: 0 };
  const store: GraphStore = {
    ...inner,
    neighbourhood: (...args) => {
      calls.count += 1;
      return inner.neighbourhood(...args);
    },
    paths: (...args) => {
      calls.count += 1;
      return inner.paths(...args);
    },
  };
  return { store, calls };
}

export function memoryGraphSpecs(
  name: string,
  open: () => Promise<MemoryGraphHandle>,
  { articles, actors: actorCount }: { articles: number; actors: number },
  skipReason: () => string | undefined = () => undefined,
): void {
  describe(`in-memory traversal over ${name}`, () => {
    let handle: MemoryGraphHandle | undefined;
    let inner: GraphStore;
    let memory: GraphStore;
    let calls: { count: number };
    let actors: string[];

    beforeAll(async () => {
      if (skipReason()) return;
      handle = await open();
      const found = memoryGraphOf(handle.store);
      if (!found) throw new Error(`the ${name} factory does not return an in-memory traversal`);
      inner = found.inner;
      await ingestAll(inner, ALL_FIXTURES);
      for (const article of generateArticles({ count: articles, seed: 11 })) {
        await ingestArticle(inner, article);
      }
      const counted = counting(inner);
      calls = counted.calls;
      // Room for every modality set below, and no pause between rebuilds: the tests ask right
      // after each write.
      memory = withMemoryGraph(counted.store, { capacity: 8, rebuildGap: 0 });
      const all = (await inner.graph({ modalities: MODALITIES })).nodes.map((n) => n.id);
      const step = Math.max(1, Math.floor(all.length / actorCount));
      actors = [...all.filter((_, i) => i % step === 0).slice(0, actorCount), 'UKR', 'XXX'];
    });

    afterAll(async () => {
      await handle?.cleanup();
    });

    beforeEach((context) => {
      const reason = skipReason();
      if (reason) context.skip(reason);
    });

    /** Builds the base graphs the filters need, so the next answers come from memory. */
    async function warm(filters: readonly GraphFilter[]): Promise<void> {
      for (const filter of filters) await memory.neighbourhood('RUS', 1, filter);
      await memoryGraphOf(memory)?.settled();
      calls.count = 0;
    }

    it('holds a graph for the default filter that is not empty', async () => {
      await warm([{}]);
      const graph = await memory.neighbourhood('RUS', 2);
      expect(calls.count).toBe(0);
      expect(graph.edges.length).toBeGreaterThan(10);
      expect(graph).toStrictEqual(await inner.neighbourhood('RUS', 2));
    });

    it('answers every neighbourhood as the store does, at depths 1 to 3', async () => {
      await warm(IN_MEMORY);
      for (const filter of IN_MEMORY) {
        for (const actor of actors) {
          for (const depth of [1, 2, 3]) {
            const answer = await memory.neighbourhood(actor, depth, filter);
            expect(answer, `${actor} ${depth} ${JSON.stringify(filter)}`).toStrictEqual(
              await inner.neighbourhood(actor, depth, filter),
            );
          }
        }
      }
      expect(calls.count).toBe(0);
    });

    it('answers paths as the store does, shortest first, within the limits asked for', async () => {
      await warm(IN_MEMORY);
      const options = [{}, { limit: 1 }, { maxLength: 2, limit: 3 }, { maxLength: 6, limit: 100 }];
      let found = 0;
      for (const filter of IN_MEMORY.slice(0, 7)) {
        for (const [i, from] of actors.entries()) {
          const to = actors[(i + 3) % actors.length] ?? from;
          for (const option of options) {
            const asked = { ...option, filter };
            const answer = await memory.paths(from, to, asked);
            expect(answer, `${from}→${to} ${JSON.stringify(asked)}`).toStrictEqual(
              await inner.paths(from, to, asked),
            );
            found += answer.length;
          }
        }
      }
      expect(found).toBeGreaterThan(0);
      expect(calls.count).toBe(0);
    });

    it('passes filters on claimants, publishers and dates to the store', async () => {
      await warm([{}]);
      for (const filter of PASSED_ON) {
        for (const depth of [1, 2]) {
          expect(await memory.neighbourhood('RUS', depth, filter)).toStrictEqual(
            await inner.neighbourhood('RUS', depth, filter),
          );
        }
        expect(await memory.paths('UKR', 'USA', { filter })).toStrictEqual(
          await inner.paths('UKR', 'USA', { filter }),
        );
      }
      expect(calls.count).toBe(PASSED_ON.length * 3);
    });

    it('rejects a depth or path limit out of range as the store does', async () => {
      await warm([{}]);
      await expect(memory.neighbourhood('RUS', 4)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      await expect(memory.paths('RUS', 'USA', { limit: 0 })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    });

    it('hands out relations and actors no caller can change, in arrays of their own', async () => {
      await warm([{}]);
      const first = await memory.neighbourhood('RUS', 1);
      const second = await memory.neighbourhood('RUS', 1);
      expect(second.edges).not.toBe(first.edges);
      expect(second.nodes).not.toBe(first.nodes);
      const [edge] = first.edges;
      expect(Object.isFrozen(edge)).toBe(true);
      expect(Object.isFrozen(edge?.modalityCounts)).toBe(true);
      expect(first.nodes.every((node) => Object.isFrozen(node))).toBe(true);
    });

    it('asks the store whenever it cannot tell the data version', async () => {
      const versionless = counting({ ...inner, dataVersion: () => Promise.resolve(null) });
      const blind = withMemoryGraph(versionless.store, { rebuildGap: 0 });
      for (let i = 0; i < 2; i++) {
        expect(await blind.neighbourhood('RUS', 2)).toStrictEqual(
          await inner.neighbourhood('RUS', 2),
        );
        await memoryGraphOf(blind)?.settled();
      }
      expect(versionless.calls.count).toBe(2);
    });

    describe('after a write', () => {
      /** Warms the default and the all-modality graphs, writes, and checks the next answers. */
      async function expectFresh(write: () => Promise<unknown>, changed: string): Promise<void> {
        const filters: GraphFilter[] = [{}, { modalities: MODALITIES }];
        await warm(filters);
        const before = await memory.neighbourhood(changed, 2, { modalities: MODALITIES });
        await write();
        for (let round = 0; round < 2; round++) {
          for (const filter of filters) {
            for (const actor of [changed, ...actors.slice(0, 4)]) {
              expect(await memory.neighbourhood(actor, 2, filter)).toStrictEqual(
                await inner.neighbourhood(actor, 2, filter),
              );
            }
          }
          // The second round comes from the base graphs rebuilt at the new version.
          await memoryGraphOf(memory)?.settled();
          calls.count = 0;
        }
        expect(await memory.neighbourhood(changed, 2, { modalities: MODALITIES })).not.toEqual(
          before,
        );
        expect(calls.count).toBe(0);
      }

      it('answers from the new data after an ingest', async () => {
        await expectFresh(() => inner.ingest(EXTRA.article, EXTRA.graph), 'UKR');
      });

      it('answers from the new data after a delete', async () => {
        await expectFresh(() => inner.deleteArticle(WIRE.article.id), 'UKR');
      });

      it('answers from the new data after a merge of actors', async () => {
        await expectFresh(() => inner.mergeActors('PRK', 'DPRK'), 'PRK');
      });

      it('answers from the new data after new aliases are written', async () => {
        const version = await inner.dataVersion();
        await warm([{}]);
        expect(await inner.addAlias('RUS', 'Russische Föderation', 'de')).toBe(true);
        expect(await inner.dataVersion()).not.toBe(version);
        expect(await memory.neighbourhood('RUS', 1)).toStrictEqual(
          await inner.neighbourhood('RUS', 1),
        );
        expect(calls.count).toBe(1);
      });
    });
  });
}
