// The export formats: pure functions from the graph (and evidence) to file contents.

export { toCsv, ACTORS_HEADER, RELATIONS_HEADER, type CsvFiles } from './csv';
export { toCyjs, type Cyjs } from './cyjs';
export { toGexf, type GexfOptions } from './gexf';
export { toGraphml } from './graphml';
export { toJson, type JsonExport } from './json';
export { xmlEscape } from './xml';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'cyjs', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
