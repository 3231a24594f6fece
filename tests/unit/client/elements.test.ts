// The GraphQL graph → Cytoscape elements conversion, checked as data and in a headless core.

import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../client/src/api/types';
import {
  EDGE_WIDTH,
  NODE_SIZE,
  edgeWidth,
  nodeSize,
  toElements,
  type ActorNodeData,
  type RelationEdgeData,
} from '../../../client/src/graph/elements';
import { STYLESHEET } from '../../../client/src/graph/style';

const graph: GraphData = {
  nodes: [
    { id: 'RUS', name: 'Russia', kind: 'STATE' },
    { id: 'PRK', name: 'North Korea', kind: 'STATE' },
    { id: 'USA', name: 'United States', kind: 'STATE' },
    { id: 'NATO', name: 'NATO', kind: 'ORGANISATION' },
    { id: 'EUR', name: 'Europe', kind: 'REGION' },
  ],
  edges: [
    {
      id: 'RUS:SUPPLIES:PRK',
      type: 'SUPPLIES',
      evidenceCount: 3,
      source: { id: 'RUS' },
      target: { id: 'PRK' },
    },
    {
      id: 'PRK:ALLIES_WITH:RUS',
      type: 'ALLIES_WITH',
      evidenceCount: 1,
      source: { id: 'PRK' },
      target: { id: 'RUS' },
    },
    {
      id: 'RUS:THREATENS:USA',
      type: 'THREATENS',
      evidenceCount: 2,
      source: { id: 'RUS' },
      target: { id: 'USA' },
    },
    {
      id: 'RUS:THREATENS:EUR',
      type: 'THREATENS',
      evidenceCount: 1,
      source: { id: 'RUS' },
      target: { id: 'EUR' },
    },
  ],
};

function nodeData(id: string): ActorNodeData {
  const el = toElements(graph).find((e) => e.group === 'nodes' && e.data.id === id);
  if (!el) throw new Error(`no node ${id}`);
  return el.data as ActorNodeData;
}

function edgeData(id: string): RelationEdgeData {
  const el = toElements(graph).find((e) => e.group === 'edges' && e.data.id === id);
  if (!el) throw new Error(`no edge ${id}`);
  return el.data as RelationEdgeData;
}

describe('toElements', () => {
  it('makes one node per actor and one edge per relation, nodes first', () => {
    const elements = toElements(graph);
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(5);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(4);
    expect(elements.findIndex((e) => e.group === 'edges')).toBe(5);
  });

  it('labels actors by name and classes them by kind', () => {
    const nato = toElements(graph).find((e) => e.data.id === 'NATO');
    expect(nato?.data).toMatchObject({ label: 'NATO', kind: 'ORGANISATION' });
    expect(nato?.classes).toEqual(['kind-organisation']);
  });

  it('sizes actors by degree', () => {
    expect(nodeData('RUS').degree).toBe(4);
    expect(nodeData('NATO').degree).toBe(0);
    expect(nodeData('RUS').size).toBeGreaterThan(nodeData('PRK').size);
    expect(nodeData('PRK').size).toBeGreaterThan(nodeData('NATO').size);
    expect(nodeData('NATO').size).toBe(NODE_SIZE.min);
    expect(nodeSize(1000)).toBe(NODE_SIZE.max);
  });

  it('keeps direction and widens edges with more evidence', () => {
    const supplies = edgeData('RUS:SUPPLIES:PRK');
    expect(supplies).toMatchObject({
      source: 'RUS',
      target: 'PRK',
      type: 'SUPPLIES',
      evidenceCount: 3,
    });
    expect(supplies.width).toBeGreaterThan(edgeData('RUS:THREATENS:EUR').width);
    expect(edgeWidth(0)).toBe(EDGE_WIDTH.min);
    expect(edgeWidth(10_000)).toBe(EDGE_WIDTH.max);
    expect(supplies.label).toBe('SUPPLIES · 3');
  });

  it('marks symmetric relations so they are drawn without arrowheads', () => {
    const allies = toElements(graph).find((e) => e.data.id === 'PRK:ALLIES_WITH:RUS');
    const supplies = toElements(graph).find((e) => e.data.id === 'RUS:SUPPLIES:PRK');
    expect(allies?.classes).toContain('symmetric');
    expect(supplies?.classes).not.toContain('symmetric');
  });

  it('drops edges whose endpoints are missing and duplicate ids', () => {
    const broken: GraphData = {
      nodes: [...graph.nodes, { id: 'RUS', name: 'Russia again', kind: 'STATE' }],
      edges: [
        ...graph.edges,
        {
          id: 'RUS:FIGHTS:UKR',
          type: 'FIGHTS',
          evidenceCount: 1,
          source: { id: 'RUS' },
          target: { id: 'UKR' },
        },
        {
          id: 'RUS:SUPPLIES:PRK',
          type: 'SUPPLIES',
          evidenceCount: 9,
          source: { id: 'RUS' },
          target: { id: 'PRK' },
        },
      ],
    };
    const elements = toElements(broken);
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(5);
    expect(elements.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual(
      graph.edges.map((e) => e.id),
    );
  });

  it('returns nothing for an empty graph', () => {
    expect(toElements({ nodes: [], edges: [] })).toEqual([]);
  });

  it('loads into a headless Cytoscape core with the same counts and connections', () => {
    const cy = cytoscape({ headless: true, elements: toElements(graph), style: STYLESHEET });
    try {
      expect(cy.nodes()).toHaveLength(5);
      expect(cy.edges()).toHaveLength(4);
      expect(cy.$id('RUS').outgoers('edge')).toHaveLength(3);
      expect(cy.$id('RUS').degree(false)).toBe(4);
      expect(cy.$id('RUS:SUPPLIES:PRK').target().id()).toBe('PRK');
      expect(cy.edges('.symmetric').map((e) => e.id())).toEqual(['PRK:ALLIES_WITH:RUS']);
      expect(cy.nodes('.kind-state')).toHaveLength(3);
    } finally {
      cy.destroy();
    }
  });
});
