// CSV for `neo4j-admin database import full --nodes=actors.csv --relationships=relations.csv`:
// the header names carry the import roles (:ID, :LABEL, :START_ID, :END_ID, :TYPE) and types.

import type { Graph } from '../domain';

export const ACTORS_HEADER = ['id:ID', 'name', 'kind', ':LABEL'] as const;
export const RELATIONS_HEADER = [':START_ID', ':END_ID', ':TYPE', 'evidenceCount:int'] as const;

export interface CsvFiles {
  'actors.csv': string;
  'relations.csv': string;
}

/** RFC 4180 quoting, which neo4j-admin reads by default (quote `"`, doubled inside). */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (fields: readonly (string | number)[]) => `${fields.map(csvField).join(',')}\n`;

export function toCsv(graph: Graph): CsvFiles {
  return {
    'actors.csv':
      row(ACTORS_HEADER) +
      graph.nodes.map((node) => row([node.id, node.name, node.kind, 'Actor'])).join(''),
    'relations.csv':
      row(RELATIONS_HEADER) +
      graph.edges
        .map((edge) => row([edge.source, edge.target, edge.type, edge.evidenceCount]))
        .join(''),
  };
}
