// `entente export` end to end on a temporary DATA_DIR.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../server/src/ingest/pipeline';
import { createSqliteStore } from '../../server/src/store/sqlite';
import { cliEnv, runCli } from '../support/cli';
import { generateArticles } from '../support/generate';

let dir: string;
const env = () => cliEnv(join(dir, 'data'));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'entente-export-cli-'));
  const store = createSqliteStore({ dataDir: join(dir, 'data') });
  await store.init();
  for (const a of generateArticles({ count: 150, seed: 11 })) await ingestArticle(store, a);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('entente export', () => {
  it('writes GraphML to stdout, filtered by type and minimum evidence', async () => {
    const run = await runCli(
      ['export', '--format', 'graphml', '--types', 'supplies', '--min-evidence', '2'],
      env(),
    );
    expect(run.code).toBe(0);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const types = [...run.stdout.matchAll(/<data key="type">(\w+)<\/data>/g)].map((m) => m[1]);
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['SUPPLIES']));
    const weights = [...run.stdout.matchAll(/<data key="weight">(\d+)<\/data>/g)].map((m) =>
      Number(m[1]),
    );
    expect(Math.min(...weights)).toBeGreaterThanOrEqual(2);
  });

  it('writes actors.csv and relations.csv into the --out folder', async () => {
    const out = join(dir, 'csv');
    const run = await runCli(['export', '--format', 'csv', '--out', out], env());
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, 'actors.csv'), 'utf8').split('\n')[0]).toBe(
      'id:ID,name,kind,:LABEL',
    );
    expect(readFileSync(join(out, 'relations.csv'), 'utf8').split('\n')[0]).toBe(
      ':START_ID,:END_ID,:TYPE,evidenceCount:int',
    );
  });

  it('writes JSON with the evidence of every exported edge, touching the given actors', async () => {
    const out = join(dir, 'graph.json');
    const run = await runCli(
      ['export', '--format', 'json', '--out', out, '--actors', 'RUS', '--modalities', 'ASSERTED'],
      env(),
    );
    expect(run.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as {
      edges: { id: string; source: string; target: string; evidenceCount: number; cameo: string }[];
      evidence: { relationId: string; modality: string }[];
    };
    expect(doc.edges.length).toBeGreaterThan(0);
    for (const edge of doc.edges) expect([edge.source, edge.target]).toContain('RUS');
    const total = doc.edges.reduce((n, e) => n + e.evidenceCount, 0);
    expect(doc.evidence).toHaveLength(total);
    expect(new Set(doc.evidence.map((e) => e.modality))).toEqual(new Set(['ASSERTED']));
  });

  it.each([
    [['--format', 'pdf'], '--format must be one of'],
    [['--format', 'csv'], 'give a folder with --out DIR'],
    [['--format', 'json', '--types', 'LOVES'], '--types: unknown LOVES'],
    [['--format', 'json', '--min-evidence', 'two'], '--min-evidence must be a whole number'],
  ])('exits 2 with the usage for %j', async (args, message) => {
    const run = await runCli(['export', ...args], env());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
