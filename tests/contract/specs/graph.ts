// The aggregated graph: default modalities, filters, minEvidence, symmetric relations, nodes.

import { beforeEach, describe, expect, it } from 'vitest';
import { MODALITIES } from '../../../server/src/domain';
import type { GraphStore } from '../../../server/src/store/store';
import { ACTORS, buildFixture } from '../fixtures';
import { edgeIds, ingestAll } from './helpers';

export function graphSpecs(current: () => GraphStore): void {
  describe('graph', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      await ingestAll(store);
    });

    it('counts only asserted and hedged evidence by default', async () => {
      expect((await store.graph({})).edges).toEqual([
        {
          id: 'PRK:ALLIES_WITH:RUS',
          source: 'PRK',
          type: 'ALLIES_WITH',
          target: 'RUS',
          evidenceCount: 2,
        },
        {
          id: 'PRK:SENDS_TROOPS_TO:RUS',
          source: 'PRK',
          type: 'SENDS_TROOPS_TO',
          target: 'RUS',
          evidenceCount: 2,
        },
        {
          id: 'PRK:SUPPLIES:RUS',
          source: 'PRK',
          type: 'SUPPLIES',
          target: 'RUS',
          evidenceCount: 1,
        },
        {
          id: 'PRK:THREATENS:USA',
          source: 'PRK',
          type: 'THREATENS',
          target: 'USA',
          evidenceCount: 1,
        },
        { id: 'RUS:FIGHTS:UKR', source: 'RUS', type: 'FIGHTS', target: 'UKR', evidenceCount: 1 },
        {
          id: 'RUS:SUPPLIES:PRK',
          source: 'RUS',
          type: 'SUPPLIES',
          target: 'PRK',
          evidenceCount: 2,
        },
      ]);
    });

    it('returns the actors the edges touch as nodes, sorted by id, without claimants', async () => {
      const { nodes } = await store.graph({});
      expect(nodes).toEqual([ACTORS.PRK, ACTORS.RUS, ACTORS.UKR, ACTORS.USA]);
    });

    it('counts negated evidence and questions when asked for every modality', async () => {
      const graph = await store.graph({ modalities: MODALITIES });
      const counts = Object.fromEntries(graph.edges.map((e) => [e.id, e.evidenceCount]));
      expect(counts['RUS:SUPPLIES:PRK']).toBe(3);
      expect(counts['CHN:THREATENS:USA']).toBe(1);
      expect(graph.nodes.map((n) => n.id)).toEqual(['CHN', 'PRK', 'RUS', 'UKR', 'USA']);
    });

    it('shows only the chosen modalities', async () => {
      expect(await edgeIds(store, { modalities: ['NEGATED'] })).toEqual(['RUS:SUPPLIES:PRK']);
      expect(await edgeIds(store, { modalities: ['QUESTION'] })).toEqual(['CHN:THREATENS:USA']);
    });

    it('filters the graph by relation type', async () => {
      const graph = await store.graph({ types: ['SUPPLIES'] });
      expect(graph.edges.map((e) => e.id)).toEqual(['PRK:SUPPLIES:RUS', 'RUS:SUPPLIES:PRK']);
      expect(graph.nodes.map((n) => n.id)).toEqual(['PRK', 'RUS']);
    });

    it('filters the graph to relations touching the chosen actors as source or target', async () => {
      expect(await edgeIds(store, { actors: ['UKR'] })).toEqual(['RUS:FIGHTS:UKR']);
      expect(await edgeIds(store, { actors: ['USA'], modalities: MODALITIES })).toEqual([
        'CHN:THREATENS:USA',
        'PRK:THREATENS:USA',
      ]);
      const graph = await store.graph({ actors: ['UKR', 'USA'] });
      expect(graph.nodes.map((n) => n.id)).toEqual(['PRK', 'RUS', 'UKR', 'USA']);
    });

    it('does not treat a claimant as an actor of the relation', async () => {
      expect(await store.graph({ actors: ['NATO', 'ISW'] })).toEqual({ nodes: [], edges: [] });
    });

    it('drops relations with less evidence than minEvidence', async () => {
      expect(await edgeIds(store, { minEvidence: 2 })).toEqual([
        'PRK:ALLIES_WITH:RUS',
        'PRK:SENDS_TROOPS_TO:RUS',
        'RUS:SUPPLIES:PRK',
      ]);
    });

    it('applies minEvidence to the evidence left after filtering', async () => {
      expect(await edgeIds(store, { minEvidence: 2, modalities: ['ASSERTED'] })).toEqual([
        'PRK:ALLIES_WITH:RUS',
      ]);
      expect(await edgeIds(store, { minEvidence: 3, modalities: MODALITIES })).toEqual([
        'RUS:SUPPLIES:PRK',
      ]);
    });

    it('combines type, actor and modality filters', async () => {
      const filter = {
        types: ['SUPPLIES' as const],
        actors: ['RUS'],
        modalities: ['HEDGED' as const],
      };
      expect((await store.graph(filter)).edges).toEqual([
        {
          id: 'RUS:SUPPLIES:PRK',
          source: 'RUS',
          type: 'SUPPLIES',
          target: 'PRK',
          evidenceCount: 1,
        },
      ]);
    });

    it('treats ALLIES_WITH as one edge in either direction', async () => {
      const allies = (await store.graph({ types: ['ALLIES_WITH'] })).edges;
      expect(allies).toEqual([
        {
          id: 'PRK:ALLIES_WITH:RUS',
          source: 'PRK',
          type: 'ALLIES_WITH',
          target: 'RUS',
          evidenceCount: 2,
        },
      ]);
    });

    it('draws a symmetric relation in the direction the texts state most often', async () => {
      const rusFirst = buildFixture(
        { title: 'More', url: null, source: 'Extra', author: null, publishedAt: null, lang: 'en' },
        [
          {
            sentence: 'Russia and North Korea deepened their alliance.',
            source: 'RUS',
            type: 'ALLIES_WITH',
            target: 'PRK',
            modality: 'ASSERTED',
            trigger: 'alliance',
          },
        ],
      );
      await store.ingest(rusFirst.article, rusFirst.graph);
      const allies = (await store.graph({ types: ['ALLIES_WITH'] })).edges;
      expect(allies).toEqual([
        {
          id: 'PRK:ALLIES_WITH:RUS',
          source: 'RUS',
          type: 'ALLIES_WITH',
          target: 'PRK',
          evidenceCount: 3,
        },
      ]);
    });

    it('keeps both directions of a directed relation type apart', async () => {
      const supplies = await store.graph({ types: ['SUPPLIES'], modalities: ['ASSERTED'] });
      expect(supplies.edges.map((e) => [e.source, e.target, e.evidenceCount])).toEqual([
        ['PRK', 'RUS', 1],
        ['RUS', 'PRK', 1],
      ]);
    });

    it('returns an empty graph for an empty list of types, actors or modalities', async () => {
      const empty = { nodes: [], edges: [] };
      expect(await store.graph({ types: [] })).toEqual(empty);
      expect(await store.graph({ actors: [] })).toEqual(empty);
      expect(await store.graph({ modalities: [] })).toEqual(empty);
    });

    it('returns an empty graph for actors it does not know', async () => {
      expect(await store.graph({ actors: ['XXX'] })).toEqual({ nodes: [], edges: [] });
    });
  });
}
