// Renders BENCHMARKS.md from the figures the suites wrote to bench-results/*.json, so the file
// always shows what was last measured, with date, machine and ratios to each floor.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Json = Record<string, unknown>;

const RESULTS = 'bench-results';
const f = (value: unknown, digits = 1): string =>
  typeof value === 'number' ? value.toFixed(digits) : String(value ?? '–');

function read(name: string): Json | null {
  const path = join(RESULTS, `${name}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Json) : null;
}

function header(title: string, json: Json, command: string): string[] {
  return [`## ${title}`, '', `\`${command}\` — ${f(json['date'])}, ${f(json['machine'])}`, ''];
}

function extractSection(json: Json): string[] {
  const floor = json['floor'] as Json;
  const extract = json['extract'] as Json;
  const corpus = json['corpus'] as Json;
  return [
    ...header('Extraction', json, 'npm run bench -- extract'),
    `Corpus: ${f(corpus['mb'])} MB generated (seed ${f(corpus['seed'], 0)}), German and English.`,
    '',
    '| | MB/s | sentences/s |',
    '| --- | ---: | ---: |',
    `| floor: paragraphs → Intl.Segmenter → word regex | ${f(floor['mbPerSecond'], 2)} | ${f(floor['sentencesPerSecond'], 0)} |`,
    `| extractor | ${f(extract['mbPerSecond'], 2)} | ${f(extract['sentencesPerSecond'], 0)} |`,
    '',
    `Ratio to the floor: **${f(json['ratio'], 3)}** (target ≥ ${f(json['targetRatio'], 2)}); ` +
      `peak RSS ${f(json['peakRssMb'], 0)} MB (limit ${f(json['memoryLimitMb'], 0)} MB).`,
    '',
  ];
}

function storeSection(json: Json): string[] {
  const lines = [
    ...header('Store', json, 'npm run bench -- store'),
    `${f(json['articles'], 0)} generated articles, ${f(json['mentions'], 0)} mentions.`,
    '',
    '| store | ingest articles/s | mentions/s | floor articles/s | ratio | floor |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  const stores = (json['stores'] as Json[] | undefined) ?? [];
  for (const s of stores) {
    const ingest = s['ingest'] as Json;
    const floor = s['floor'] as Json;
    lines.push(
      `| ${f(s['store'])} | ${f(ingest['articlesPerSecond'])} | ${f(ingest['mentionsPerSecond'])} | ` +
        `${f(floor['articlesPerSecond'])} | **${f(s['ratio'], 3)}** | ${f(floor['what'])} |`,
    );
  }
  lines.push('', '| store | query | p50 ms | p99 ms |', '| --- | --- | ---: | ---: |');
  for (const s of stores) {
    for (const [query, latency] of Object.entries((s['latencyMs'] as Json | undefined) ?? {})) {
      const l = latency as Json;
      lines.push(`| ${f(s['store'])} | ${query} | ${f(l['p50'])} | ${f(l['p99'])} |`);
    }
  }
  return [...lines, ''];
}

function pipelineSection(json: Json): string[] {
  const lines = [
    ...header('Pipeline on the seed articles', json, 'npm run bench -- pipeline'),
    '| step | articles/s | M chars/s | ratio to floor |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const fig of (json['figures'] as Json[] | undefined) ?? []) {
    lines.push(
      `| ${f(fig['name'])} | ${f(fig['perSecond'])} | ${f((fig['charsPerSecond'] as number) / 1e6, 2)} | ${f(fig['ratioToFloor'], 4)} |`,
    );
  }
  return [...lines, ''];
}

function apiSection(json: Json): string[] {
  const lines = [
    ...header('GraphQL API over HTTP', json, 'npm run bench -- api'),
    `${f(json['articles'], 0)} generated articles in SQLite, ${f(json['connections'], 0)} ` +
      `connections, ${f(json['seconds'], 0)} s per query (autocannon). "no cache": response ` +
      'cache off, every request resolved by the store and GraphQL. Target: neighborhood at ' +
      'least 0.3 of the floor, p99 at most 50 ms.',
    '',
    '| query | requests/s | p50 ms | p99 ms | ratio to floor | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const fig of (json['figures'] as Json[] | undefined) ?? []) {
    lines.push(
      `| ${f(fig['name'])} | ${f(fig['requestsPerSecond'])} | ${f(fig['p50'])} | ${f(fig['p99'])} | ` +
        `${f(fig['ratioToFloor'], 3)} | ${f((fig['errors'] as number) + (fig['non2xx'] as number))} |`,
    );
  }
  return [...lines, ''];
}

function uiSection(json: Json): string[] {
  const lines = [
    ...header('Explorer in Chromium', json, 'npm run bench -- ui'),
    `Median of ${f(json['reps'], 0)} navigations per page, headless Chromium (${f((json['chromiumArgs'] as string[] | undefined)?.join(' '))}).`,
    'Explorer: real server and built client, positions saved by a previous visit. Bare page: the',
    'same Cytoscape.js, elements, positions, stylesheet, renderer and canvas size, from a static file.',
    'First frame: the first painted frame with elements in the graph (the explorer draws actors and',
    'the strongest relations first); complete: all elements in; interactive: a click on the',
    'best-connected actor handled (selected, and in the explorer its details panel shown).',
    '',
    '| actors | relations | renderer | first frame ms (bare) | complete ms (bare) | interactive ms (bare) | ratio first / complete / interactive |',
    '| ---: | ---: | --- | ---: | ---: | ---: | --- |',
  ];
  for (const size of (json['sizes'] as Json[] | undefined) ?? []) {
    const e = size['explorer'] as Json;
    const b = size['bare'] as Json;
    lines.push(
      `| ${f(size['actors'], 0)} | ${f(size['relations'], 0)} | ${f(size['renderer'])} | ` +
        `${f(e['firstFrameMs'], 0)} (${f(b['firstFrameMs'], 0)}) | ${f(e['completeMs'], 0)} (${f(b['completeMs'], 0)}) | ` +
        `${f(e['interactiveMs'], 0)} (${f(b['interactiveMs'], 0)}) | ` +
        `**${f(size['ratioFirstFrame'], 2)}** / **${f(size['ratioComplete'], 2)}** / **${f(size['ratioInteractive'], 2)}** |`,
    );
  }
  lines.push('', `Target: at most ${f(json['targetRatio'], 1)} times the bare page.`, '');
  return lines;
}

/** The command that writes a suite's results (`load` is measured by the load test). */
const commandOf = (name: string) =>
  name === 'load' ? 'npm run test:load' : `npm run bench -- ${name}`;

function otherSection(name: string, json: Json): string[] {
  return [
    ...header(name, json, commandOf(name)),
    '```json',
    JSON.stringify(json, null, 2),
    '```',
    '',
  ];
}

const RENDERERS: Record<string, (json: Json) => string[]> = {
  extract: extractSection,
  store: storeSection,
  pipeline: pipelineSection,
  api: apiSection,
  ui: uiSection,
};

export function writeReport(suites: readonly string[]): void {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` from `bench-results/*.json`. Every figure is measured on the',
    'machine named beside it, with its floor measured in the same run (the machines are shared',
    'and noisy: compare ratios, not absolute figures).',
    '',
  ];
  for (const name of suites) {
    const json = read(name);
    if (json) lines.push(...(RENDERERS[name] ?? ((j: Json) => otherSection(name, j)))(json));
  }
  writeFileSync('BENCHMARKS.md', lines.join('\n'));
}
