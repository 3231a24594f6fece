// The Cytoscape stylesheet: kind → node colour and shape, relation type → edge colour and line style.

import type { StylesheetJson } from 'cytoscape';
import { ACTOR_KINDS, RELATION_TYPES } from '../api/types';
import { DASH_PATTERN, KIND_ENCODING, RELATION_ENCODING } from './palette';

export const FONT_STACK =
  'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

/** Label size in screen pixels at zoom 1; the canvas keeps labels from shrinking below LABEL_MIN_PX. */
export const LABEL_PX = 13;
export const LABEL_MIN_PX = 11;
/** Names longer than this (model pixels at LABEL_PX) wrap. */
export const LABEL_MAX_WIDTH = 140;

const INK = '#17202c';
const SELECTION = '#1d4ed8';

const kindRules: StylesheetJson = ACTOR_KINDS.map((kind) => {
  const k = KIND_ENCODING[kind];
  return {
    selector: `node.kind-${kind.toLowerCase()}`,
    style: { shape: k.shape, 'background-color': k.fill, 'border-color': k.border },
  };
});

const typeRules: StylesheetJson = RELATION_TYPES.map((type) => {
  const r = RELATION_ENCODING[type];
  return {
    selector: `edge.type-${type.toLowerCase()}`,
    style: {
      'line-color': r.colour,
      'target-arrow-color': r.colour,
      'line-style': r.line,
      ...(r.line === 'dashed' ? { 'line-dash-pattern': DASH_PATTERN.dashed } : {}),
      ...(r.line === 'dotted' ? { 'line-cap': 'round' } : {}),
    },
  };
});

export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 2,
      label: 'data(label)',
      'font-family': FONT_STACK,
      'font-size': LABEL_PX,
      'font-weight': 600,
      color: INK,
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': `${LABEL_MAX_WIDTH}px`,
      'text-outline-color': '#ffffff',
      'text-outline-width': 3,
      'text-outline-opacity': 1,
      // Labels are drawn at every zoom level rather than hidden when small.
      'min-zoomed-font-size': 0,
      'overlay-opacity': 0,
      'underlay-color': SELECTION,
      'underlay-opacity': 0,
      'underlay-padding': 7,
      'underlay-shape': 'ellipse',
      'z-index': 10,
    },
  },
  ...kindRules,
  { selector: 'node.hover', style: { 'underlay-opacity': 0.12 } },
  {
    selector: 'node:selected',
    style: { 'border-width': 3.5, 'border-color': SELECTION, 'underlay-opacity': 0.2 },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'control-point-step-size': 40,
      width: 'data(width)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 1.1,
      'target-distance-from-node': 3,
      'source-distance-from-node': 2,
      opacity: 0.88,
      label: '',
      'font-family': FONT_STACK,
      'font-size': 11,
      'font-weight': 600,
      color: INK,
      'text-rotation': 'none',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.95,
      'text-background-padding': '3px',
      'text-background-shape': 'roundrectangle',
      'text-border-color': '#cbd5e1',
      'text-border-width': 1,
      'text-border-opacity': 1,
      'min-zoomed-font-size': 0,
      'overlay-opacity': 0,
      'underlay-color': SELECTION,
      'underlay-opacity': 0,
      'underlay-padding': 4,
      'z-index': 1,
    },
  },
  ...typeRules,
  { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none' } },
  { selector: 'edge.hover', style: { label: 'data(label)', opacity: 1, 'z-index': 5 } },
  {
    selector: 'edge:selected',
    style: { label: 'data(label)', opacity: 1, 'underlay-opacity': 0.18, 'z-index': 6 },
  },
  // Only hedged evidence: fainter and broken, whatever the type's own line style.
  {
    selector: 'edge.hedged',
    style: { opacity: 0.5, 'line-style': 'dashed', 'line-dash-pattern': [3, 6] },
  },
  // Contested (asserted and negated evidence): a hollow diamond half-way along.
  {
    selector: 'edge.contested',
    style: {
      'mid-target-arrow-shape': 'diamond',
      'mid-target-arrow-fill': 'hollow',
      'mid-target-arrow-color': INK,
      'arrow-scale': 1.3,
    },
  },
  // Selecting an element fades what is not connected to it.
  { selector: 'node.faded', style: { opacity: 0.28, 'z-index': 0 } },
  { selector: 'edge.faded', style: { opacity: 0.1 } },
  { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5 } },
  {
    selector: 'node.path',
    style: { 'border-color': '#b45309', 'border-width': 4, opacity: 1, 'z-index': 12 },
  },
  {
    selector: 'edge.path',
    style: {
      opacity: 1,
      'underlay-color': '#f59e0b',
      'underlay-opacity': 0.45,
      'underlay-padding': 5,
      'z-index': 8,
    },
  },
  // Arrived through the subscription or an expansion: a glow that the canvas removes later.
  {
    selector: 'edge.fresh',
    style: {
      opacity: 1,
      'underlay-color': '#22c55e',
      'underlay-opacity': 0.55,
      'underlay-padding': 7,
      'z-index': 9,
    },
  },
  { selector: 'node.fresh', style: { 'underlay-color': '#22c55e', 'underlay-opacity': 0.35 } },
  // Where labels.ts moves a label off the side most edges arrive from.
  { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -5 } },
  {
    selector: 'node.label-right',
    style: {
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-x': 6,
      'text-margin-y': 0,
    },
  },
  {
    selector: 'node.label-left',
    style: {
      'text-valign': 'center',
      'text-halign': 'left',
      'text-margin-x': -6,
      'text-margin-y': 0,
    },
  },
];

/**
 * For thousands of elements (the WebGL canvas): straight edges, whose geometry is cheap, and node
 * labels only once they are large enough to read, instead of a carpet of overlapping names.
 */
export const DENSE_STYLESHEET: StylesheetJson = [
  ...STYLESHEET,
  { selector: 'node', style: { 'min-zoomed-font-size': 8 } },
  { selector: 'edge', style: { 'curve-style': 'straight', opacity: 0.22 } },
  { selector: 'edge.hedged', style: { opacity: 0.12 } },
  { selector: 'node:selected', style: { 'min-zoomed-font-size': 0 } },
  // The selection's neighbourhood (see highlightNear in instance.ts).
  { selector: 'edge.near', style: { opacity: 1, 'z-index': 20 } },
  { selector: 'node.near', style: { 'z-index': 20, 'border-color': INK, 'border-width': 3 } },
];
