// Relation summaries: the reads a store answers from its pre-computed summaries of the default
// view must equal, deep, what aggregating the mentions gives. `mentionLevel` is a second store
// over the same data that never reads summaries; stores that cannot be opened twice skip these.

import { beforeEach, describe, expect, it } from 'vitest';
import {
  MODALITIES,
  type Article,
  type ArticleGraph,
  type GraphFilter,
} from '../../../server/src/domain';
import type { GraphStore } from '../../../server/src/store/store';
import { ALL_FIXTURES, EXTRA, UNDATED, supplyReports, type Fixture } from '../fixtures';
import { ingestAll } from './helpers';

const FIXTURES = [...ALL_FIXTURES, EXTRA];

/** The default view plus relation-level conditions only: what summaries answer. */
const FILTERS: GraphFilter[] = [
  {},
  { modalities: ['HEDGED', 'ASSERTED'] },
  { types: ['SUPPLIES', 'ALLIES_WITH'] },
  { types: [] },
  { minEvidence: 2 },
  { includeContested: false },
  { actors: ['RUS', 'USA'] },
  { actors: ['PRK'], types: ['ALLIES_WITH'], minEvidence: 2, includeContested: false },
];

/** Asks both stores everything the summaries answer and expects the same answers. */
async function expectSameAnswers(store: GraphStore, mentions: GraphStore): Promise<void> {
  const ask = async <T>(question: (s: GraphStore) => Promise<T>): Promise<void> => {
    expect(await question(store)).toEqual(await question(mentions));
  };
  for (const filter of FILTERS) {
    await ask((s) => s.graph(filter));
    await ask((s) => s.graphDetail(filter));
  }
  // Every relation with any mention, NEGATED- and QUESTION-only ones included.
  const all = await mentions.graphDetail({ modalities: MODALITIES });
  for (const { id } of all.edges) {
    await ask((s) => s.relation(id));
    await ask((s) => s.relation(id, { includeContested: false, minEvidence: 2 }));
  }
  await ask((s) => s.relation('NOPE:SUPPLIES:NONE'));
  const actorIds = all.nodes.map((node) => node.id);
  for (const actorId of actorIds) {
    await ask((s) => s.neighbourhood(actorId, 1));
    await ask((s) => s.neighbourhood(actorId, 2, { types: ['SUPPLIES', 'THREATENS'] }));
  }
  for (const from of actorIds.slice(0, 3)) {
    for (const to of actorIds) await ask((s) => s.paths(from, to, { limit: 5 }));
  }
}

export function summarySpecs(
  current: () => GraphStore,
  mentionLevel: () => GraphStore | undefined,
): void {
  describe('relation summaries', () => {
    let store: GraphStore;
    let mentions: GraphStore;
    beforeEach(async () => {
      const other = mentionLevel();
      if (!other) throw new Error('describeStore: this store gave no mentionLevel twin');
      store = current();
      mentions = other;
      await ingestAll(store, FIXTURES);
    });

    it('answers the default view from summaries exactly as from mentions', async () => {
      expect((await store.graph({})).edges.length).toBeGreaterThan(0);
      await expectSameAnswers(store, mentions);
    });

    it('keeps the summary right after ingestMany', async () => {
      const reports = supplyReports(4);
      await store.ingestMany([
        ...reports.map(({ article, graph }) => ({ article, graph })),
        { article: UNDATED.article, graph: UNDATED.graph },
        { article: reports[0]!.article, graph: reports[0]!.graph },
      ]);
      await expectSameAnswers(store, mentions);
    });

    it('adds later batches to the summary: a publisher reporting again counts once, a new one adds', async () => {
      // Stores add each batch's new mentions to the summaries rather than recounting, so every
      // batch here meets relations that earlier ones already hold.
      const publishers = ['Wire', 'Wire', 'Post', null, 'Post', 'Herald'];
      const reports = supplyReports(publishers.length).map(({ article, graph }, i) => ({
        article: { ...article, source: publishers[i] ?? null },
        graph,
      }));
      const before = await store.relation('RUS:SUPPLIES:PRK');
      for (const [i, report] of reports.entries()) {
        await store.ingestMany(i === 2 ? [report, reports[0]!] : [report]);
        await expectSameAnswers(store, mentions);
      }
      const after = await store.relation('RUS:SUPPLIES:PRK');
      expect(after?.articleCount).toBe((before?.articleCount ?? 0) + reports.length);
    });

    it('keeps the summary right after delete', async () => {
      expect(await store.deleteArticle(FIXTURES[0]!.article.id)).toBe(true);
      await expectSameAnswers(store, mentions);
      for (const { article } of FIXTURES) await store.deleteArticle(article.id);
      expect(await store.graph({})).toEqual({ nodes: [], edges: [] });
      await expectSameAnswers(store, mentions);
    });

    it('keeps the summary right after merge', async () => {
      await store.mergeActors('PRK', 'DPRK');
      await expectSameAnswers(store, mentions);
      await store.mergeActors('RUS', 'PRK');
      await expectSameAnswers(store, mentions);
    });

    it('keeps the summary right after reextract', async () => {
      // Each article gets the next fixture's mentions, so relations appear, move and vanish.
      const shifted = (article: Article): ArticleGraph => {
        const index = FIXTURES.findIndex((f: Fixture) => f.article.id === article.id);
        const next = FIXTURES[(index + 1) % FIXTURES.length];
        if (index < 0 || !next) throw new Error(`no fixture for ${article.id}`);
        return next.graph;
      };
      await store.reextract(shifted);
      await expectSameAnswers(store, mentions);
      expect(
        await store.replaceMentions(FIXTURES[1]!.article.id, { actors: [], mentions: [] }),
      ).toBe(true);
      await expectSameAnswers(store, mentions);
    });
  });
}
