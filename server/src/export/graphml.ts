// GraphML for Gephi (and yEd, NetworkX): directed, node label and kind, edge type and
// weight = evidenceCount; symmetric relations are undirected edges.

import { CAMEO, SYMMETRIC_TYPES, type Graph } from '../domain';
import { attrs, xmlEscape } from './xml';

const KEYS: readonly [id: string, domain: 'node' | 'edge', name: string, type: string][] = [
  ['label', 'node', 'label', 'string'],
  ['kind', 'node', 'kind', 'string'],
  ['wikidata', 'node', 'wikidata', 'string'],
  ['edgeLabel', 'edge', 'label', 'string'],
  ['type', 'edge', 'type', 'string'],
  ['cameo', 'edge', 'cameo', 'string'],
  ['weight', 'edge', 'weight', 'double'],
  ['evidenceCount', 'edge', 'evidenceCount', 'int'],
];

const data = (key: string, value: string | number | null) =>
  value === null ? [] : [`      <data key="${key}">${xmlEscape(String(value))}</data>`];

export function toGraphml(graph: Graph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns ' +
      'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(
      ([id, domain, name, type]) =>
        `  <key ${attrs({ id, for: domain, 'attr.name': name, 'attr.type': type })}/>`,
    ),
    '  <graph id="entente" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    lines.push(
      `    <node ${attrs({ id: node.id })}>`,
      ...data('label', node.name),
      ...data('kind', node.kind),
      ...data('wikidata', node.wikidata),
      '    </node>',
    );
  }
  for (const edge of graph.edges) {
    const directed = SYMMETRIC_TYPES.has(edge.type) ? 'false' : 'true';
    lines.push(
      `    <edge ${attrs({ id: edge.id, source: edge.source, target: edge.target, directed })}>`,
      ...data('edgeLabel', edge.type),
      ...data('type', edge.type),
      ...data('cameo', CAMEO[edge.type]),
      ...data('weight', edge.evidenceCount),
      ...data('evidenceCount', edge.evidenceCount),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
