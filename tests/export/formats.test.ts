// The export formats, parsed back the way the tools that open them read them.

import cytoscape from 'cytoscape';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../server/src/domain';
import {
  ACTORS_HEADER,
  RELATIONS_HEADER,
  toCsv,
  toCyjs,
  toGexf,
  toGraphml,
  xmlEscape,
} from '../../server/src/export';
import { ingestArticle } from '../../server/src/ingest/pipeline';
import { createSqliteStore } from '../../server/src/store/sqlite';
import { generateArticles } from '../support/generate';

let graph: Graph;

beforeAll(async () => {
  const store = createSqliteStore({ dataDir: ':memory:' });
  await store.init();
  for (const a of generateArticles({ count: 60, seed: 3 })) await ingestArticle(store, a);
  graph = await store.graph({});
  await store.close();
});

/** A graph whose names need escaping everywhere. */
const AWKWARD: Graph = {
  nodes: [
    { id: 'A&B', name: 'Tom & "Jerry" <Ltd> \'s', kind: 'ORGANISATION', wikidata: null },
    { id: 'C', name: 'Line\nbreak,comma\u0001', kind: 'STATE', wikidata: 'Q1' },
  ],
  edges: [
    { id: 'A&B:SUPPLIES:C', source: 'A&B', target: 'C', type: 'SUPPLIES', evidenceCount: 2 },
    { id: 'A&B:ALLIES_WITH:C', source: 'A&B', target: 'C', type: 'ALLIES_WITH', evidenceCount: 1 },
  ],
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute &&
    ['key', 'node', 'edge', 'data', 'attribute', 'attvalue', 'attributes'].includes(name),
  parseAttributeValue: false,
});

type XmlNode = Record<string, unknown>;
const arr = (value: unknown) => value as XmlNode[];

describe('GraphML export', () => {
  it('is well-formed XML with keys, nodes and edges that Gephi reads', () => {
    const xml = toGraphml(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = parser.parse(xml).graphml as XmlNode;
    expect(root['xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    const keys = arr(root['key']).map((k) => `${k['for']}:${k['attr.name']}:${k['attr.type']}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'node:label:string',
        'node:kind:string',
        'edge:weight:double',
        'edge:type:string',
      ]),
    );
    const g = root['graph'] as XmlNode;
    expect(g['edgedefault']).toBe('directed');
    const nodes = arr(g['node']);
    const edges = arr(g['edge']);
    expect(nodes).toHaveLength(graph.nodes.length);
    expect(edges).toHaveLength(graph.edges.length);
    const first = graph.edges[0]!;
    const edge = edges.find((e) => e['id'] === first.id)!;
    expect(edge['source']).toBe(first.source);
    expect(edge['target']).toBe(first.target);
    const values = Object.fromEntries(arr(edge['data']).map((d) => [d['key'], String(d['#text'])]));
    expect(values).toMatchObject({ type: first.type, weight: String(first.evidenceCount) });
    const node = nodes.find((n) => n['id'] === first.source)!;
    const label = arr(node['data']).find((d) => d['key'] === 'label')!;
    expect(label['#text']).toBe(graph.nodes.find((n) => n.id === first.source)!.name);
  });

  it('escapes names and marks symmetric relations undirected', () => {
    const xml = toGraphml(AWKWARD);
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = (parser.parse(xml).graphml as XmlNode)['graph'] as XmlNode;
    const label = arr(arr(g['node'])[0]!['data'])[0]!;
    expect(label['#text']).toBe('Tom & "Jerry" <Ltd> \'s');
    expect(xml).toContain('Tom &amp; &quot;Jerry&quot; &lt;Ltd&gt; &apos;s');
    expect(arr(g['edge']).map((e) => [e['id'], e['directed']])).toEqual([
      ['A&B:SUPPLIES:C', 'true'],
      ['A&B:ALLIES_WITH:C', 'false'],
    ]);
  });
});

describe('GEXF export', () => {
  it('is well-formed GEXF 1.3 with labelled nodes, attribute values and weighted edges', () => {
    const xml = toGexf(graph, { date: new Date('2024-11-10T00:00:00Z') });
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = parser.parse(xml).gexf as XmlNode;
    expect(root).toMatchObject({ xmlns: 'http://gexf.net/1.3', version: '1.3' });
    expect(root['meta']).toMatchObject({ lastmodifieddate: '2024-11-10', creator: 'Entente' });
    const g = root['graph'] as XmlNode;
    expect(g).toMatchObject({ defaultedgetype: 'directed', mode: 'static' });
    const classes = arr(g['attributes']).map((a) => a['class']);
    expect(classes).toEqual(['node', 'edge']);
    const nodes = arr((g['nodes'] as XmlNode)['node']);
    const edges = arr((g['edges'] as XmlNode)['edge']);
    expect(nodes).toHaveLength(graph.nodes.length);
    expect(edges).toHaveLength(graph.edges.length);
    const actor = graph.nodes[0]!;
    const node = nodes.find((n) => n['id'] === actor.id)!;
    expect(node['label']).toBe(actor.name);
    const kind = arr((node['attvalues'] as XmlNode)['attvalue'])[0]!;
    expect(kind).toEqual({ for: 'kind', value: actor.kind });
    const relation = graph.edges[0]!;
    expect(edges.find((e) => e['id'] === relation.id)).toMatchObject({
      source: relation.source,
      target: relation.target,
      label: relation.type,
      weight: String(relation.evidenceCount),
    });
  });

  it('escapes attribute values, drops characters XML cannot hold, keeps symmetric edges undirected', () => {
    const xml = toGexf(AWKWARD, { date: new Date(0) });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('label="Line&#10;break,comma"');
    expect(xml).toContain('type="undirected" label="ALLIES_WITH"');
    expect(xmlEscape('a\u0000b\ud800c')).toBe('abc');
  });
});

describe('Cytoscape (cyjs) export', () => {
  it('loads into headless Cytoscape.js with every node and edge', () => {
    const doc = JSON.parse(JSON.stringify(toCyjs(graph))) as ReturnType<typeof toCyjs>;
    const cy = cytoscape({ headless: true, elements: doc.elements });
    expect(cy.nodes()).toHaveLength(graph.nodes.length);
    expect(cy.edges()).toHaveLength(graph.edges.length);
    const relation = graph.edges[0]!;
    const edge = cy.getElementById(relation.id);
    expect(edge.source().id()).toBe(relation.source);
    expect(edge.target().id()).toBe(relation.target);
    expect(edge.data('interaction')).toBe(relation.type);
    expect(edge.data('evidenceCount')).toBe(relation.evidenceCount);
    expect(cy.getElementById(relation.source).data('name')).toBe(
      graph.nodes.find((n) => n.id === relation.source)!.name,
    );
    cy.destroy();
  });
});

describe('CSV export for neo4j-admin import', () => {
  it('writes actors.csv and relations.csv with the import headers', () => {
    const files = toCsv(graph);
    const actors = files['actors.csv'].trim().split('\n');
    const relations = files['relations.csv'].trim().split('\n');
    expect(actors[0]).toBe('id:ID,name,kind,:LABEL');
    expect(relations[0]).toBe(':START_ID,:END_ID,:TYPE,evidenceCount:int');
    expect(ACTORS_HEADER.join(',')).toBe(actors[0]);
    expect(RELATIONS_HEADER.join(',')).toBe(relations[0]);
    expect(actors).toHaveLength(graph.nodes.length + 1);
    expect(relations).toHaveLength(graph.edges.length + 1);
    const first = graph.edges[0]!;
    expect(relations[1]).toBe(
      `${first.source},${first.target},${first.type},${first.evidenceCount}`,
    );
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    const actors = toCsv(AWKWARD)['actors.csv'];
    expect(actors).toContain('A&B,"Tom & ""Jerry"" <Ltd> \'s",ORGANISATION,Actor\n');
    expect(actors).toContain('C,"Line\nbreak,comma\u0001",STATE,Actor\n');
  });
});
