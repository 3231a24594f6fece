// GraphML of the visible graph, for Gephi, yEd, Cytoscape desktop and NetworkX.

export interface ExportNode {
  id: string;
  label: string;
  kind: string;
  x?: number;
  y?: number;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  evidenceCount: number;
}

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

export function toGraphML(nodes: readonly ExportNode[], edges: readonly ExportEdge[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="evidenceCount" for="edge" attr.name="evidenceCount" attr.type="int"/>',
    '  <graph id="entente" edgedefault="directed">',
  ];
  for (const n of nodes) {
    lines.push(`    <node id="${escapeXml(n.id)}">`);
    lines.push(`      <data key="label">${escapeXml(n.label)}</data>`);
    lines.push(`      <data key="kind">${escapeXml(n.kind)}</data>`);
    if (n.x !== undefined) lines.push(`      <data key="x">${n.x.toFixed(2)}</data>`);
    if (n.y !== undefined) lines.push(`      <data key="y">${n.y.toFixed(2)}</data>`);
    lines.push('    </node>');
  }
  for (const e of edges) {
    lines.push(
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`,
    );
    lines.push(`      <data key="type">${escapeXml(e.type)}</data>`);
    lines.push(`      <data key="evidenceCount">${e.evidenceCount}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
