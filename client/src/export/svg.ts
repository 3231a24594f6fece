// An SVG of the canvas as drawn: straight edges with arrowheads, nodes with their kind's shape
// colours and labels. Written by hand (no canvas2svg dependency): the drawing is simple.

import { escapeXml } from './graphml';

export interface SvgNode {
  id: string;
  label: string;
  x: number;
  y: number;
  size: number;
  fill: string;
  border: string;
  round: boolean;
}

export interface SvgEdge {
  source: string;
  target: string;
  colour: string;
  width: number;
  dash: readonly number[];
  arrow: boolean;
  opacity: number;
}

export function toSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[]): string {
  if (nodes.length === 0) return '<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"/>';
  const pad = 80;
  const x1 = Math.min(...nodes.map((n) => n.x - n.size)) - pad;
  const y1 = Math.min(...nodes.map((n) => n.y - n.size)) - pad;
  const x2 = Math.max(...nodes.map((n) => n.x + n.size)) + pad;
  const y2 = Math.max(...nodes.map((n) => n.y + n.size)) + pad;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const colours = [...new Set(edges.map((e) => e.colour))];
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x1.toFixed(1)} ${y1.toFixed(1)} ${(x2 - x1).toFixed(1)} ${(y2 - y1).toFixed(1)}" width="${Math.round(x2 - x1)}" height="${Math.round(y2 - y1)}" font-family="Inter, Arial, sans-serif">`,
    '<defs>',
    ...colours.map(
      (c, i) =>
        `<marker id="arrow${i}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${escapeXml(c)}"/></marker>`,
    ),
    '</defs>',
    `<rect x="${x1}" y="${y1}" width="${x2 - x1}" height="${y2 - y1}" fill="#ffffff"/>`,
    '<g class="edges">',
  ];
  for (const e of edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    const ex = t.x - (dx / len) * (t.size / 2 + 3);
    const ey = t.y - (dy / len) * (t.size / 2 + 3);
    const marker = e.arrow ? ` marker-end="url(#arrow${colours.indexOf(e.colour)})"` : '';
    const dash = e.dash.length > 0 ? ` stroke-dasharray="${e.dash.join(' ')}"` : '';
    out.push(
      `<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${ex.toFixed(1)}" y2="${ey.toFixed(1)}" stroke="${escapeXml(e.colour)}" stroke-width="${e.width.toFixed(1)}" stroke-opacity="${e.opacity}"${dash}${marker}/>`,
    );
  }
  out.push('</g>', '<g class="nodes">');
  for (const n of nodes) {
    const shape = n.round
      ? `<circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${(n.size / 2).toFixed(1)}"`
      : `<rect x="${(n.x - n.size / 2).toFixed(1)}" y="${(n.y - n.size / 2).toFixed(1)}" width="${n.size.toFixed(1)}" height="${n.size.toFixed(1)}" rx="6"`;
    out.push(
      `<g><title>${escapeXml(n.id)}</title>${shape} fill="${escapeXml(n.fill)}" stroke="${escapeXml(n.border)}" stroke-width="2"/>` +
        `<text x="${n.x.toFixed(1)}" y="${(n.y + n.size / 2 + 15).toFixed(1)}" text-anchor="middle" font-size="13" font-weight="600" fill="#17202c" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(n.label)}</text></g>`,
    );
  }
  out.push('</g>', '</svg>', '');
  return out.join('\n');
}
