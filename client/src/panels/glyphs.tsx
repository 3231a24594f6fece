// Small SVG glyphs that repeat the canvas encoding in the legend and the panels.

import type { ActorKind, RelationType } from '../api/types';
import { SYMMETRIC_TYPES } from '../api/types';
import { DASH_PATTERN, KIND_ENCODING, RELATION_ENCODING } from '../graph/palette';

const SHAPES: Record<ActorKind, string> = {
  STATE: 'M9 2a7 7 0 1 1 0 14A7 7 0 0 1 9 2z',
  ORGANISATION: 'M5 3h8a3 3 0 0 1 3 3v6a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3z',
  REGION: 'M5.2 2.5h7.6L16.6 9l-3.8 6.5H5.2L1.4 9z',
  PERSON: 'M9 1.5 16.5 9 9 16.5 1.5 9z',
};

export function KindGlyph({ kind, size = 16 }: { kind: ActorKind; size?: number }) {
  const k = KIND_ENCODING[kind];
  return (
    <svg className="glyph" width={size} height={size} viewBox="0 0 18 18" aria-hidden="true">
      <path
        d={SHAPES[kind]}
        fill={k.fill}
        stroke={k.border}
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function RelationGlyph({ type, width = 38 }: { type: RelationType; width?: number }) {
  const r = RELATION_ENCODING[type];
  const arrow = !SYMMETRIC_TYPES.has(type);
  const stroke = 2.5;
  const end = arrow ? width - 8 : width - 2;
  return (
    <svg className="glyph" width={width} height={12} viewBox={`0 0 ${width} 12`} aria-hidden="true">
      <line
        x1="2"
        y1="6"
        x2={end}
        y2="6"
        stroke={r.colour}
        strokeWidth={stroke}
        strokeDasharray={DASH_PATTERN[r.line].join(' ') || undefined}
        strokeLinecap={r.line === 'dotted' ? 'round' : 'butt'}
      />
      {arrow && (
        <path d={`M${width - 9} 1.5 L${width - 1} 6 L${width - 9} 10.5z`} fill={r.colour} />
      )}
    </svg>
  );
}
