import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEnv, runCli } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'entente-lexicon-'));
const lexicon = join(dir, 'my-lexicon.json');
const article = join(dir, 'georgia.txt');
writeFileSync(
  lexicon,
  JSON.stringify({
    actors: [
      { id: 'GEO', name: 'Georgia', kind: 'STATE', names: ['Georgien'], metonyms: ['Tiflis'] },
    ],
  }),
);
writeFileSync(article, 'Russland bedroht Georgien.\n');

describe('the ENTENTE_LEXICON setting', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('merges the user lexicon over the built-in one for entente extract', async () => {
    const without = await runCli(['extract', article], cliEnv(dir));
    expect(without.stdout).not.toContain('"GEO"');
    const run = await runCli(['extract', article], cliEnv(dir, { ENTENTE_LEXICON: lexicon }));
    expect(run.code).toBe(0);
    const mentions = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as object);
    expect(mentions).toContainEqual(
      expect.objectContaining({ source: 'RUS', type: 'THREATENS', target: 'GEO' }),
    );
  });

  it('applies it in the ingest workers too', async () => {
    const data = join(dir, 'data');
    const run = await runCli(
      ['ingest', '--json', article],
      cliEnv(data, { ENTENTE_LEXICON: lexicon }),
    );
    expect(run.code).toBe(0);
    const out = await runCli(
      ['export', '--format', 'json'],
      cliEnv(data, { ENTENTE_LEXICON: lexicon }),
    );
    expect(out.stdout).toContain('"GEO"');
  });

  it('refuses a lexicon file that is missing, naming the setting', async () => {
    const run = await runCli(
      ['extract', article],
      cliEnv(dir, { ENTENTE_LEXICON: join(dir, 'missing.json') }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ENTENTE_LEXICON');
  });
});
