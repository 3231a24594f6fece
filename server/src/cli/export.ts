// `entente export --format graphml|gexf|cyjs|csv|json [--out FILE|DIR] [filters]`: writes the
// filtered actor graph for Gephi, Cytoscape desktop, neo4j-admin import or scripts.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_MODALITIES,
  MODALITIES,
  RELATION_TYPES,
  type GraphFilter,
  type Modality,
  type RelationType,
} from '../domain';
import {
  EXPORT_FORMATS,
  toCsv,
  toCyjs,
  toGexf,
  toGraphml,
  toJson,
  type ExportFormat,
} from '../export';
import { openStore } from '../store/open-store';
import type { GraphStore } from '../store/store';
import { readCommandLine, UsageError } from './store-command';

const USAGE = `usage: entente export --format graphml|gexf|cyjs|csv|json [--out FILE] [filters]
  --out FILE        write to FILE (default: stdout); for csv a folder that receives
                    actors.csv and relations.csv (neo4j-admin import headers)
  --types T,T       relation types (${RELATION_TYPES.join(', ')})
  --modalities M,M  ${MODALITIES.join(', ')} (default ${DEFAULT_MODALITIES.join(', ')})
  --actors A,B      only relations touching these actor ids
  --min-evidence N  only relations with at least N evidence sentences
  --store sqlite|neo4j`;

interface Options {
  format: ExportFormat;
  out: string | undefined;
  filter: GraphFilter;
  store: string | undefined;
}

function list<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]) {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((item) => item.trim().toUpperCase())
    .filter((item) => item !== '');
  const wrong = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (wrong.length > 0 || items.length === 0) {
    throw new UsageError(`${flag}: unknown ${wrong.join(', ') || 'empty list'}`);
  }
  return items as T[];
}

export function parseExportArgs(argv: string[]): Options | { help: true } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        types: { type: 'string' },
        modalities: { type: 'string' },
        actors: { type: 'string' },
        'min-evidence': { type: 'string' },
        store: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return { help: true };
  const format = values.format;
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  }
  if (format === 'csv' && !values.out) {
    throw new UsageError('--format csv writes two files: give a folder with --out DIR');
  }
  const minEvidence = values['min-evidence'];
  if (minEvidence !== undefined && !/^\d+$/.test(minEvidence)) {
    throw new UsageError(`--min-evidence must be a whole number, not "${minEvidence}"`);
  }
  const actors = values.actors
    ?.split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return {
    format: format as ExportFormat,
    out: values.out,
    store: values.store,
    filter: {
      types: list<RelationType>('--types', values.types, RELATION_TYPES),
      modalities: list<Modality>('--modalities', values.modalities, MODALITIES),
      actors: actors && actors.length > 0 ? actors : undefined,
      minEvidence: minEvidence === undefined ? undefined : Number(minEvidence),
    },
  };
}

/** The file contents for a format: one file, or named files for csv. */
export async function renderExport(
  store: GraphStore,
  format: ExportFormat,
  filter: GraphFilter,
): Promise<string | Record<string, string>> {
  const graph = await store.graph(filter);
  switch (format) {
    case 'graphml':
      return toGraphml(graph);
    case 'gexf':
      return toGexf(graph);
    case 'cyjs':
      return `${JSON.stringify(toCyjs(graph), null, 2)}\n`;
    case 'csv':
      return { ...toCsv(graph) };
    case 'json': {
      const ids = graph.edges.map((edge) => edge.id);
      const evidence =
        ids.length > 0 ? await store.evidence(ids, filter.modalities ?? DEFAULT_MODALITIES) : [];
      return `${JSON.stringify(toJson(graph, evidence), null, 2)}\n`;
    }
  }
}

export async function exportCommand(argv: string[]): Promise<number> {
  const read = readCommandLine('export', USAGE, () => parseExportArgs(argv));
  if (typeof read === 'number') return read;
  const { options, settings } = read;
  const store = await openStore(settings, { log: (line) => process.stderr.write(`${line}\n`) });
  let rendered;
  try {
    rendered = await renderExport(store, options.format, options.filter);
  } finally {
    await store.close();
  }
  if (typeof rendered !== 'string') {
    const dir = options.out!;
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(rendered)) writeFileSync(join(dir, name), content);
    process.stderr.write(
      `wrote ${Object.keys(rendered)
        .map((name) => join(dir, name))
        .join(' and ')}\n`,
    );
  } else if (options.out) {
    writeFileSync(options.out, rendered);
    process.stderr.write(`wrote ${options.out}\n`);
  } else {
    process.stdout.write(rendered);
  }
  return 0;
}
