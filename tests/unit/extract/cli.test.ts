import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../../../server/src/cli/extract';
import { readArticle, SEED } from './helpers';

const KEYS = [
  'file',
  'source',
  'sourceName',
  'type',
  'target',
  'targetName',
  'claimant',
  'claimantName',
  'modality',
  'sentence',
  'start',
  'end',
  'trigger',
  'confidence',
];

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExtract(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out, err };
}

describe('entente extract', () => {
  it('prints one JSON line per relation mention whose offsets slice to its sentence', async () => {
    const { code, out, err } = await run([SEED]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out.length).toBeGreaterThan(10);
    const { text } = readArticle(SEED);
    for (const line of out) {
      const row = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(row)).toEqual(KEYS);
      expect(row.file).toBe(SEED);
      expect(text.slice(row.start as number, row.end as number)).toBe(row.sentence);
      expect(String(row.sentence)).toContain(String(row.trigger));
    }
    const supplies = out
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((r) => r.type === 'SUPPLIES');
    expect(supplies).toMatchObject({
      source: 'RUS',
      sourceName: 'Russia',
      target: 'PRK',
      targetName: 'North Korea',
    });
  });

  it('uses the article date from the front matter for office holders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-extract-'));
    const file = join(dir, 'old.md');
    writeFileSync(
      file,
      '---\npublishedAt: "2020-05-01"\n---\nRussland bedroht Europa, sagt Mark Rutte.\n',
    );
    const { out } = await run([file]);
    expect(JSON.parse(out[0]!)).toMatchObject({ claimant: 'NLD', claimantName: 'Mark Rutte' });
  });

  it('accepts --lang to override language detection', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-extract-'));
    const file = join(dir, 'short.txt');
    writeFileSync(file, 'Russland liefert Nordkorea Waffen.');
    expect((await run(['--lang', 'de', file])).out.length).toBe(1);
    expect((await run(['--lang=de', file])).out.length).toBe(1);
  });

  it('rejects an unknown flag, a bad --lang and a missing file list with exit code 2', async () => {
    for (const argv of [['--verbose', SEED], ['--lang', 'fr', SEED], ['--lang'], []]) {
      const { code, out, err } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toEqual([]);
      expect(err.length).toBeGreaterThan(0);
    }
  });

  it('reports an unreadable file with exit code 1 and goes on with the others', async () => {
    const { code, out, err } = await run(['does/not/exist.md', SEED]);
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('does/not/exist.md');
    expect(out.length).toBeGreaterThan(10);
  });

  it('reports an unsupported file type as a file error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-extract-'));
    const file = join(dir, 'page.pdf');
    writeFileSync(file, '%PDF');
    const { code, err } = await run([file]);
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('page.pdf');
  });
});
