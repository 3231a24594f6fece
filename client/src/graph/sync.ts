// Updates a live Cytoscape core to a new element list in place: filtering keeps the positions of
// what stays, and what arrives is placed beside its neighbours instead of re-running the layout.

import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { setScratch } from './scratch';

/** Classes the canvas sets itself (selection fading, labels, paths, pins); a sync keeps them. */
const RUNTIME_CLASSES = [
  'faded',
  'near',
  'hover',
  'label-top',
  'label-right',
  'label-left',
  'path',
  'fresh',
  'pinned',
];

export interface SyncResult {
  addedNodes: number;
  addedEdges: number;
  removed: number;
}

/** `placed`: ids of the actors that stand where they belong (grows as arrivals are placed). */
function placeBesideNeighbours(
  cy: Core,
  node: NodeSingular,
  index: number,
  placed: Set<string>,
): void {
  const anchors = node
    .neighborhood()
    .nodes()
    .filter((n) => placed.has(n.id()));
  const angle = index * 2.399963; // the golden angle spreads consecutive arrivals apart
  const radius = 90 + 12 * Math.sqrt(index);
  let cx: number;
  let cy2: number;
  if (anchors.nonempty()) {
    let sx = 0;
    let sy = 0;
    anchors.forEach((n) => {
      sx += n.position('x');
      sy += n.position('y');
    });
    const sum = { x: sx, y: sy };
    cx = sum.x / anchors.length;
    cy2 = sum.y / anchors.length;
  } else {
    const ext = cy.extent();
    cx = (ext.x1 + ext.x2) / 2;
    cy2 = (ext.y1 + ext.y2) / 2;
  }
  node.position({ x: cx + radius * Math.cos(angle), y: cy2 + radius * Math.sin(angle) });
  placed.add(node.id());
}

export function syncElements(cy: Core, elements: readonly ElementDefinition[]): SyncResult {
  const wanted = new Map<string, ElementDefinition>();
  for (const el of elements) if (el.data.id) wanted.set(el.data.id, el);
  const result: SyncResult = { addedNodes: 0, addedEdges: 0, removed: 0 };

  cy.batch(() => {
    const gone = cy.elements().filter((el) => !wanted.has(el.id()));
    result.removed = gone.length;
    cy.remove(gone);

    const placed = new Set(cy.nodes().map((n) => n.id()));
    const fresh: ElementDefinition[] = [];
    for (const def of elements) {
      const id = def.data.id;
      if (!id) continue;
      const existing = cy.getElementById(id);
      if (existing.empty()) {
        fresh.push(def);
        continue;
      }
      // An edge re-attached (persons collapsed) cannot change its ends in place: replace it.
      if (
        existing.isEdge() &&
        (existing.data('source') !== def.data.source || existing.data('target') !== def.data.target)
      ) {
        cy.remove(existing);
        fresh.push(def);
        continue;
      }
      // Untouched elements are left alone: every data(), scratch() or classes() call restyles.
      if (Object.entries(def.data).some(([key, value]) => existing.data(key) !== value)) {
        existing.data(def.data);
      }
      for (const [key, value] of Object.entries(def.scratch ?? {})) {
        if (existing.scratch(key) !== value) setScratch(existing, key, value);
      }
      const wantedClasses = toClassList(def.classes);
      const own = existing.classes().filter((c) => !RUNTIME_CLASSES.includes(c));
      if (own.length !== wantedClasses.length || wantedClasses.some((c) => !existing.hasClass(c))) {
        const keep = RUNTIME_CLASSES.filter((c) => existing.hasClass(c));
        existing.classes([...wantedClasses, ...keep]);
      }
    }
    const added = cy.add(fresh);
    result.addedNodes = added.nodes().length;
    result.addedEdges = added.edges().length;
    added.nodes().forEach((node, i) => placeBesideNeighbours(cy, node, i, placed));
  });
  return result;
}

function toClassList(classes: ElementDefinition['classes']): string[] {
  if (!classes) return [];
  return Array.isArray(classes) ? classes : classes.split(/\s+/).filter(Boolean);
}
