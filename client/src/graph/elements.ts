// Pure conversion of the GraphQL graph into Cytoscape element definitions (no DOM, no Cytoscape instance).

import type { ElementDefinition } from 'cytoscape';
import {
  SYMMETRIC_TYPES,
  type ActorKind,
  type GraphData,
  type GraphEdge,
  type RelationType,
} from '../api/types';
import type { SizeBy } from '../state/view';

export interface ActorNodeData {
  id: string;
  label: string;
  kind: ActorKind;
  /** Relations drawn at this actor in the current view. */
  degree: number;
  /** Diameter in model pixels, by degree or by centrality (see SizeBy). */
  size: number;
}

export interface RelationEdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  evidenceCount: number;
  /** Stroke width in model pixels, grows with evidenceCount. */
  width: number;
  /** Shown on hover and selection: the type and how many sentences back it. */
  label: string;
}

/** Scratchpad key of an actor's centrality (see toElements). */
export const CENTRALITY = '_centrality';

export const NODE_SIZE = { min: 30, max: 78 } as const;
export const EDGE_WIDTH = { min: 1.5, max: 9 } as const;

export function nodeSize(degree: number): number {
  return Math.min(NODE_SIZE.max, NODE_SIZE.min + 8 * Math.sqrt(Math.max(0, degree)));
}

/** Square root of the share of the largest centrality in view, so area tracks centrality. */
export function centralitySize(centrality: number, maxCentrality: number): number {
  if (maxCentrality <= 0) return NODE_SIZE.min;
  const share = Math.min(1, Math.max(0, centrality) / maxCentrality);
  return NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.sqrt(share);
}

/** Logarithmic, so one heavily reported edge doesn't drown the rest. */
export function edgeWidth(evidenceCount: number): number {
  return Math.min(EDGE_WIDTH.max, EDGE_WIDTH.min + 1.8 * Math.log2(1 + Math.max(0, evidenceCount)));
}

export function edgeLabel(type: RelationType, evidenceCount: number): string {
  const name = type.replaceAll('_', ' ');
  return `${name} · ${evidenceCount}`;
}

/** Hedged evidence only (no asserted sentence): drawn faded and dashed. */
export function onlyHedged(edge: GraphEdge): boolean {
  const m = edge.modalities;
  return m !== undefined && m.asserted === 0 && m.hedged > 0;
}

/**
 * Nodes first, then edges. Edges whose endpoints are not among the nodes are dropped (Cytoscape
 * would throw on them), and duplicate ids keep their first occurrence.
 */
export function toElements(graph: GraphData, sizeBy: SizeBy = 'degree'): ElementDefinition[] {
  const nodeIds = new Set<string>();
  const nodes = graph.nodes.filter((n) => (nodeIds.has(n.id) ? false : (nodeIds.add(n.id), true)));

  const edgeIds = new Set<string>();
  const edges = graph.edges.filter((e) => {
    if (edgeIds.has(e.id) || !nodeIds.has(e.source.id) || !nodeIds.has(e.target.id)) return false;
    edgeIds.add(e.id);
    return true;
  });

  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source.id, (degree.get(e.source.id) ?? 0) + 1);
    if (e.target.id !== e.source.id) degree.set(e.target.id, (degree.get(e.target.id) ?? 0) + 1);
  }
  const maxCentrality = nodes.reduce((max, n) => Math.max(max, n.centrality ?? 0), 0);

  const nodeElements: ElementDefinition[] = nodes.map((n) => {
    const d = degree.get(n.id) ?? 0;
    const centrality = n.centrality ?? 0;
    const data: ActorNodeData = {
      id: n.id,
      label: n.name,
      kind: n.kind,
      degree: d,
      size: sizeBy === 'centrality' ? centralitySize(centrality, maxCentrality) : nodeSize(d),
    };
    // PageRank over the whole store (0 when unknown) rides in the scratchpad: it arrives after a
    // preview, and changing data would restyle thousands of actors for a value nothing draws.
    const scratch = { [CENTRALITY]: centrality };
    return { group: 'nodes', data, scratch, classes: [`kind-${n.kind.toLowerCase()}`] };
  });

  const edgeElements: ElementDefinition[] = edges.map((e) => {
    const data: RelationEdgeData = {
      id: e.id,
      source: e.source.id,
      target: e.target.id,
      type: e.type,
      evidenceCount: e.evidenceCount,
      width: edgeWidth(e.evidenceCount),
      label: edgeLabel(e.type, e.evidenceCount),
    };
    const classes = [`type-${e.type.toLowerCase()}`];
    if (SYMMETRIC_TYPES.has(e.type)) classes.push('symmetric');
    if (onlyHedged(e)) classes.push('hedged');
    if (e.contested) classes.push('contested');
    return { group: 'edges', data, classes };
  });

  return [...nodeElements, ...edgeElements];
}
