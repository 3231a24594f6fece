import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../client/src/api/types';
import { csvField, toCsv } from '../../../client/src/export/csv';
import { filterLiteral, graphiqlUrl } from '../../../client/src/export/graphiql';
import { toGraphML } from '../../../client/src/export/graphml';
import { toSvg } from '../../../client/src/export/svg';
import { parseSse } from '../../../client/src/api/subscribe';

const evidence: Evidence = {
  id: 'e1',
  sentence: 'Russland liefert Nordkorea "neuste" Technologie, sagt Rutte.',
  start: 10,
  end: 70,
  trigger: 'liefert',
  modality: 'ASSERTED',
  confidence: 0.9,
  claimant: { id: 'NATO', name: 'NATO' },
  claimantName: 'Mark Rutte',
  article: {
    id: 'a1',
    title: '=HYPERLINK("x")',
    source: 'blue News',
    publishedAt: '2024-11-10T19:45:00.000Z',
    url: 'https://example.org/a',
  },
};

/** A minimal RFC 4180 reader, enough to check the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('writes one row per evidence sentence, quoting commas and quotes', () => {
    const csv = toCsv([
      {
        id: 'RUS:SUPPLIES:PRK',
        type: 'SUPPLIES',
        source: { id: 'RUS' },
        target: { id: 'PRK' },
        evidence: [evidence],
      },
    ]);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(2);
    const [header, row] = rows as [string[], string[]];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('relation_id')).toBe('RUS:SUPPLIES:PRK');
    expect(cell('sentence')).toBe(evidence.sentence);
    expect(cell('claimant')).toBe('NATO');
    expect(cell('start')).toBe('10');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(null)).toBe('');
  });
});

describe('GraphML export', () => {
  it('is well-formed XML with escaped names', () => {
    const xml = toGraphML(
      [
        { id: 'RUS', label: 'Russia <&> "RF"', kind: 'STATE', x: 1, y: 2 },
        { id: 'PRK', label: 'North Korea', kind: 'STATE' },
      ],
      [
        {
          id: 'RUS:SUPPLIES:PRK',
          source: 'RUS',
          target: 'PRK',
          type: 'SUPPLIES',
          evidenceCount: 5,
        },
      ],
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      graphml: {
        graph: {
          node: { '@_id': string; data: { '#text': string }[] }[];
          edge: { '@_source': string };
        };
      };
    };
    expect(doc.graphml.graph.node[0]?.['@_id']).toBe('RUS');
    expect(doc.graphml.graph.node[0]?.data[0]?.['#text']).toBe('Russia <&> "RF"');
    expect(doc.graphml.graph.edge['@_source']).toBe('RUS');
  });
});

describe('SVG export', () => {
  it('draws every node and edge as well-formed SVG', () => {
    const svg = toSvg(
      [
        {
          id: 'A',
          label: 'A & B',
          x: 0,
          y: 0,
          size: 30,
          fill: '#fff',
          border: '#000',
          round: true,
        },
        { id: 'B', label: 'B', x: 100, y: 0, size: 30, fill: '#fff', border: '#000', round: false },
      ],
      [
        {
          source: 'A',
          target: 'B',
          colour: '#D55E00',
          width: 2,
          dash: [9, 5],
          arrow: true,
          opacity: 0.9,
        },
      ],
    );
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('A &amp; B');
  });
});

describe('the GraphiQL link', () => {
  it('writes enums bare and strings quoted', () => {
    expect(
      filterLiteral({ modalities: ['ASSERTED'], from: '2024-01-01', publishers: ['blue News'] }),
    ).toBe('{ modalities: [ASSERTED], from: "2024-01-01", publishers: ["blue News"] }');
  });

  it('carries the query in the query parameter', () => {
    const url = new URL(
      graphiqlUrl({ modalities: ['ASSERTED', 'HEDGED'], minEvidence: 2 }),
      'http://x',
    );
    expect(url.pathname).toBe('/graphql');
    expect(url.searchParams.get('query')).toContain(
      'graph(filter: { modalities: [ASSERTED, HEDGED], minEvidence: 2 })',
    );
  });
});

describe('server-sent events', () => {
  it('splits complete events and keeps the unfinished rest', () => {
    const { events, rest } = parseSse('event: next\ndata: {"a":1}\n\n:\n\ndata: {"b"');
    expect(events).toEqual(['{"a":1}']);
    expect(rest).toBe('data: {"b"');
  });
});
