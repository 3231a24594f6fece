// `entente ingest` end to end: a child process on a temporary DATA_DIR, as a user runs it.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../server/src/store/sqlite';
import { cliEnv, runCli } from '../support/cli';
import { generateArticles, writeJsonl, writeMarkdownFiles } from '../support/generate';

const FIXTURES = 'tests/fixtures/ingest';
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-ingest-cli-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function storedArticles(dataDir: string): Promise<number> {
  const store = createSqliteStore({ dataDir });
  try {
    return await store.countArticles();
  } finally {
    await store.close();
  }
}

describe('entente ingest', () => {
  it('ingests files, folders and globs, prints a line per article and a summary, exit 0', async () => {
    const data = tempDir();
    const run = await runCli(
      ['ingest', join(FIXTURES, 'archive'), `${FIXTURES}/*.html`],
      cliEnv(data),
    );
    expect(run.stderr).toContain('progress 3/3 articles (100%)');
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `created   ${join(FIXTURES, 'archive/nested/two.md')}`,
      `created   ${join(FIXTURES, 'archive/one.txt')}`,
      `created   ${join(FIXTURES, 'page.html')}`,
    ]);
    expect(lines.at(-1)).toMatch(
      /^3 articles in .* s \(.* articles\/s\): 3 created, 0 unchanged, 0 failed$/,
    );
    expect(run.code).toBe(0);
    expect(await storedArticles(data)).toBe(3);

    const again = await runCli(['ingest', join(FIXTURES, 'archive')], cliEnv(data));
    expect(again.stdout).toContain('0 created, 2 unchanged, 0 failed');
    expect(again.code).toBe(0);
  });

  it('goes on past bad .jsonl lines and missing paths, names each reason, exit 1', async () => {
    const jsonl = join(FIXTURES, 'articles.jsonl');
    const run = await runCli(['ingest', jsonl, 'no/such/dir'], cliEnv(tempDir()));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('3 created, 0 unchanged, 4 failed');
    expect(run.stdout).toContain('failed    no/such/dir: no such file or directory');
    expect(run.stdout).toContain(`failed    ${jsonl}:4: not valid JSON`);
    expect(run.stdout).toContain(`failed    ${jsonl}:5: "text" must be a string`);
    expect(run.stdout).toContain(`failed    ${jsonl}:6: publishedAt: publishedAt is not a date`);
    expect(run.stdout).toMatch(/failed:\n {2}no\/such\/dir: no such file or directory\n/);
  });

  it('prints one JSON object per article with --json, and the summary on stderr', async () => {
    const run = await runCli(
      ['ingest', '--json', join(FIXTURES, 'articles.jsonl')],
      cliEnv(tempDir()),
    );
    const rows = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((row) => row['status'])).toEqual([
      'created',
      'created',
      'failed',
      'failed',
      'failed',
      'created',
    ]);
    expect(rows[0]).toEqual({
      path: `${join(FIXTURES, 'articles.jsonl')}:1`,
      id: expect.stringMatching(/^[0-9a-f]{64}$/),
      status: 'created',
    });
    expect(rows[2]).toMatchObject({ id: null, status: 'failed', reason: expect.any(String) });
    expect(run.stderr).toContain('3 created, 0 unchanged, 3 failed');
  });

  it.each([
    [[], 'no PATH given'],
    [['--bogus', 'x'], "Unknown option '--bogus'"],
    [['--store', 'mysql', 'x'], '--store must be sqlite or neo4j'],
    [['--store', 'neo4j', 'x'], '--store neo4j needs NEO4J_URI'],
    [['--workers', 'many', 'x'], '--workers must be a whole number'],
  ])('exits 2 with the usage for %j', async (args, message) => {
    const run = await runCli(['ingest', ...args], cliEnv(tempDir()));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('usage: entente ingest');
  });

  it('uses SQLite with --store sqlite even when NEO4J_URI is set', async () => {
    const data = tempDir();
    const run = await runCli(
      ['ingest', '--store', 'sqlite', join(FIXTURES, 'archive')],
      cliEnv(data, { NEO4J_URI: 'bolt://127.0.0.1:1' }),
    );
    expect(run.code).toBe(0);
    expect(await storedArticles(data)).toBe(2);
  });

  it('ingests 1,000 generated articles with progress and a summary in well under a minute', async () => {
    const dir = tempDir();
    const articles = generateArticles({ count: 1000, seed: 1000 });
    writeMarkdownFiles(join(dir, 'articles'), articles.slice(0, 900));
    writeJsonl(join(dir, 'rest.jsonl'), articles.slice(900));
    const run = await runCli(['ingest', dir], cliEnv(join(dir, 'data')));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1000 articles in .*: 1000 created, 0 unchanged, 0 failed$/m);
    const progress = run.stderr.split('\n').filter((line) => line.startsWith('progress '));
    expect(progress.length).toBeGreaterThanOrEqual(10);
    expect(progress.at(-1)).toMatch(
      /^progress 1000\/1000 articles \(100%\), [\d.]+ articles\/s, ETA 0 s$/,
    );
    expect(await storedArticles(join(dir, 'data'))).toBe(1000);
    console.log(`1,000 generated articles through entente ingest: ${run.seconds.toFixed(1)} s`);
    expect(run.seconds).toBeLessThan(60);
  }, 90_000);
});
