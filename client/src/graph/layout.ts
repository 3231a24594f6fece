// Registers cytoscape-fcose once and builds the layout options, falling back to the built-in cose.

import cytoscape, { type EdgeSingular, type Ext, type LayoutOptions } from 'cytoscape';
// @ts-expect-error cytoscape-fcose ships no types; it is a plain Cytoscape extension.
import fcoseExtension from 'cytoscape-fcose';

const fcose = fcoseExtension as Ext;

let registered: boolean | undefined;

/** Idempotent: Cytoscape warns when an extension is registered twice (HMR, StrictMode). */
export function registerFcose(): boolean {
  if (registered !== undefined) return registered;
  try {
    cytoscape.use(fcose);
    registered = true;
  } catch (error) {
    console.warn('cytoscape-fcose could not be registered; using cose', error);
    registered = false;
  }
  return registered;
}

/**
 * Actors joined by several relations (supplies, allies with, sends troops to, …) need room for
 * their parallel curves, so the ideal length grows with the bundle.
 */
function idealLength(base: number): (edge: EdgeSingular) => number {
  return (edge) => base + 28 * Math.max(0, edge.parallelEdges().length - 1);
}

export function layoutOptions(nodeCount: number): LayoutOptions {
  const common = { animate: false, fit: true, padding: 60, nodeDimensionsIncludeLabels: true };
  const base = nodeCount > 40 ? 120 : 170;
  if (registerFcose()) {
    // fcose's options are not in Cytoscape's LayoutOptions union; BaseLayoutOptions takes a name.
    return {
      name: 'fcose',
      quality: 'proof',
      randomize: true,
      ...common,
      nodeSeparation: 90,
      idealEdgeLength: idealLength(base),
      nodeRepulsion: () => 25000,
      edgeElasticity: () => 0.3,
      gravity: 0.15,
      numIter: 2500,
      tile: true,
    } as LayoutOptions;
  }
  return {
    name: 'cose',
    ...common,
    idealEdgeLength: idealLength(base),
    nodeRepulsion: () => 12000,
  };
}
