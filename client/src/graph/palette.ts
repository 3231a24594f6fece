// Visual encoding shared by the canvas stylesheet and the legend: one place decides what a colour means.

import type { ActorKind, RelationType } from '../api/types';

/** Okabe & Ito (2008), a palette that stays distinguishable under the common colour-vision deficiencies. */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface RelationEncoding {
  label: string;
  colour: string;
  line: LineStyle;
}

// Colour groups the families (hostile = vermillion, coercive = orange, cooperative = green, …);
// line style separates the types within a family, so no two types share both cues.
export const RELATION_ENCODING: Record<RelationType, RelationEncoding> = {
  FIGHTS: { label: 'fights', colour: OKABE_ITO.vermillion, line: 'solid' },
  THREATENS: { label: 'threatens', colour: OKABE_ITO.vermillion, line: 'dashed' },
  SANCTIONS: { label: 'sanctions', colour: OKABE_ITO.orange, line: 'solid' },
  CONDEMNS: { label: 'condemns', colour: OKABE_ITO.orange, line: 'dashed' },
  SEVERS_TIES: { label: 'severs ties', colour: OKABE_ITO.reddishPurple, line: 'dotted' },
  SENDS_TROOPS_TO: { label: 'sends troops to', colour: OKABE_ITO.reddishPurple, line: 'solid' },
  SUPPLIES: { label: 'supplies', colour: OKABE_ITO.blue, line: 'solid' },
  TRADES_WITH: { label: 'trades with', colour: OKABE_ITO.skyBlue, line: 'solid' },
  ALLIES_WITH: { label: 'allies with', colour: OKABE_ITO.bluishGreen, line: 'solid' },
  SUPPORTS: { label: 'supports', colour: OKABE_ITO.bluishGreen, line: 'dashed' },
  RECOGNIZES: { label: 'recognizes', colour: OKABE_ITO.bluishGreen, line: 'dotted' },
};

export type NodeShape = 'ellipse' | 'round-rectangle' | 'round-hexagon' | 'round-diamond';

export interface KindEncoding {
  label: string;
  fill: string;
  border: string;
  shape: NodeShape;
}

// Muted fills so nodes never compete with the edge palette; shape repeats the kind for print and CVD.
export const KIND_ENCODING: Record<ActorKind, KindEncoding> = {
  STATE: { label: 'State', fill: '#c9d8ec', border: '#36527a', shape: 'ellipse' },
  ORGANISATION: {
    label: 'Organisation',
    fill: '#e3d3ea',
    border: '#6a4580',
    shape: 'round-rectangle',
  },
  REGION: { label: 'Region', fill: '#d6e6cf', border: '#4d6b44', shape: 'round-hexagon' },
  PERSON: { label: 'Person', fill: '#f3dfc6', border: '#8a5a24', shape: 'round-diamond' },
};

/** Dash patterns in pixels, used by the canvas (dashed) and the SVG legend (both). */
export const DASH_PATTERN: Record<LineStyle, number[]> = {
  solid: [],
  dashed: [9, 5],
  dotted: [0.1, 5],
};
