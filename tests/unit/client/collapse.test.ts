import { describe, expect, it } from 'vitest';
import type { ActsFor } from '../../../client/src/api/persons';
import type { GraphData } from '../../../client/src/api/types';
import { collapsePersons } from '../../../client/src/state/collapse';

const edge = (source: string, type: 'THREATENS' | 'CONDEMNS', target: string) => ({
  id: `${source}:${type}:${target}`,
  type,
  evidenceCount: 1,
  source: { id: source },
  target: { id: target },
});

const GRAPH: GraphData = {
  nodes: [
    { id: 'DONALD_TRUMP', name: 'Donald Trump', kind: 'PERSON' },
    { id: 'CAN', name: 'Canada', kind: 'STATE' },
    { id: 'USA', name: 'United States', kind: 'STATE' },
    { id: 'NOBODY', name: 'A person without office', kind: 'PERSON' },
  ],
  edges: [
    edge('DONALD_TRUMP', 'THREATENS', 'CAN'),
    edge('DONALD_TRUMP', 'CONDEMNS', 'USA'),
    edge('NOBODY', 'CONDEMNS', 'CAN'),
  ],
};

const ACTS_FOR = new Map<string, ActsFor>([
  ['DONALD_TRUMP', { id: 'USA', name: 'United States', kind: 'STATE' }],
  ['JENS_STOLTENBERG', { id: 'NOR', name: 'Norway', kind: 'STATE' }],
]);

describe('collapsing persons into the actor they act for', () => {
  it('re-attaches a person’s edges to that actor and keeps the relation ids', () => {
    const out = collapsePersons(GRAPH, ACTS_FOR);
    expect(out.nodes.map((n) => n.id).sort()).toEqual(['CAN', 'NOBODY', 'USA']);
    const threat = out.edges.find((e) => e.id === 'DONALD_TRUMP:THREATENS:CAN');
    expect(threat?.source.id).toBe('USA');
    expect(threat?.target.id).toBe('CAN');
  });

  it('drops what becomes a loop and keeps persons without an office', () => {
    const out = collapsePersons(GRAPH, ACTS_FOR);
    expect(out.edges.map((e) => e.id)).not.toContain('DONALD_TRUMP:CONDEMNS:USA');
    expect(out.edges.find((e) => e.id === 'NOBODY:CONDEMNS:CAN')?.source.id).toBe('NOBODY');
  });

  it('adds the acting-for actor when the graph did not draw it', () => {
    const out = collapsePersons(
      { nodes: [GRAPH.nodes[0]!, GRAPH.nodes[1]!], edges: [GRAPH.edges[0]!] },
      ACTS_FOR,
    );
    expect(out.nodes.find((n) => n.id === 'USA')).toMatchObject({ kind: 'STATE' });
  });
});
