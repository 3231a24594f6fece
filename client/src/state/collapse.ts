// Folds person nodes into the actor they act for: edges keep their relation ids (so the details
// still show the person's own sentences) but are re-attached to the acting-for actor.

import type { GraphData, GraphNode } from '../api/types';
import type { ActsFor } from '../api/persons';

export function collapsePersons(
  graph: GraphData,
  actsFor: ReadonlyMap<string, ActsFor>,
): GraphData {
  const into = (id: string) => actsFor.get(id)?.id ?? id;
  const nodes = new Map<string, GraphNode>();
  for (const n of graph.nodes) if (!actsFor.has(n.id)) nodes.set(n.id, n);
  for (const n of graph.nodes) {
    const target = actsFor.get(n.id);
    if (target && !nodes.has(target.id)) nodes.set(target.id, { ...target });
  }
  const edges = [];
  for (const e of graph.edges) {
    const source = into(e.source.id);
    const target = into(e.target.id);
    // A person acting on the actor they act for says nothing about that actor's relations.
    if (source === target) continue;
    edges.push(
      source === e.source.id && target === e.target.id
        ? e
        : { ...e, source: { id: source }, target: { id: target } },
    );
  }
  return { nodes: [...nodes.values()], edges };
}
