// GEXF 1.3, Gephi's own format: directed, node label and kind, edge label/kind = relation type,
// weight = evidenceCount; symmetric relations are undirected edges.

import { CAMEO, SYMMETRIC_TYPES, type Graph } from '../domain';
import { attrs } from './xml';

export interface GexfOptions {
  /** The file's date (meta lastmodifieddate); today when omitted. */
  date?: Date;
}

const NODE_ATTRIBUTES = [
  ['kind', 'string'],
  ['wikidata', 'string'],
] as const;
const EDGE_ATTRIBUTES = [
  ['type', 'string'],
  ['cameo', 'string'],
  ['evidenceCount', 'integer'],
] as const;

const attvalues = (values: Record<string, string | number | null>) => {
  const present = Object.entries(values).filter(([, value]) => value !== null);
  if (present.length === 0) return [];
  return [
    '        <attvalues>',
    ...present.map(([key, value]) => `          <attvalue ${attrs({ for: key, value })}/>`),
    '        </attvalues>',
  ];
};

export function toGexf(graph: Graph, { date = new Date() }: GexfOptions = {}): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta ${attrs({ lastmodifieddate: date.toISOString().slice(0, 10) })}>`,
    '    <creator>Entente</creator>',
    '    <description>Actors and the relations news articles state between them</description>',
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...NODE_ATTRIBUTES.map(([id, type]) => `      <attribute ${attrs({ id, title: id, type })}/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_ATTRIBUTES.map(([id, type]) => `      <attribute ${attrs({ id, title: id, type })}/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    lines.push(
      `      <node ${attrs({ id: node.id, label: node.name })}>`,
      ...attvalues({ kind: node.kind, wikidata: node.wikidata }),
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of graph.edges) {
    const type = SYMMETRIC_TYPES.has(edge.type) ? 'undirected' : 'directed';
    const head = attrs({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type,
      label: edge.type,
      kind: edge.type,
      weight: edge.evidenceCount,
    });
    lines.push(
      `      <edge ${head}>`,
      ...attvalues({
        type: edge.type,
        cameo: CAMEO[edge.type],
        evidenceCount: edge.evidenceCount,
      }),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return `${lines.join('\n')}\n`;
}
