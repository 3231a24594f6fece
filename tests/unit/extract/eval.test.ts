// `entente eval`: figures for gold files, and exit codes for files it cannot use.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEval } from '../../../server/src/cli/eval';

const SEED_GOLD = 'tests/fixtures/gold/blue-news-2024-11-10-putin-kim.gold.json';
const EN_GOLD = 'tests/fixtures/gold/en-week-in-review.gold.json';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runEval(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function temp(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'entente-eval-')), name);
  writeFileSync(path, content);
  return path;
}

describe('entente eval', () => {
  it('prints precision, recall, F1 and recall per type for each gold file', async () => {
    const { code, out, err } = await run([SEED_GOLD, EN_GOLD]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/precision 1\.000 {2}recall 1\.000 {2}F1 1\.000/);
    expect(out).toMatch(/recall by type: .*THREATENS 12\/12/);
    expect(out).toMatch(/recall by type: .*SEVERS_TIES 1\/1/);
  });

  it('resolves the article by name in seed/articles when it is not beside the gold file', async () => {
    // The seed gold names "seed-articles/…", a path that exists nowhere; the name is found.
    const { code, out } = await run([SEED_GOLD]);
    expect(code).toBe(0);
    expect(out).toContain('seed/articles/blue-news-2024-11-10-putin-kim.md');
  });

  it('prints JSON with --json', async () => {
    const { out } = await run(['--json', EN_GOLD]);
    const [result] = JSON.parse(out) as { score: { recall: number; perType: object } }[];
    expect(result?.score.recall).toBe(1);
  });

  it.each([
    ['an unreadable file', () => '/nonexistent/x.gold.json', /cannot read: ENOENT/],
    ['a file that is not JSON', () => temp('x.gold.json', '{'), /not valid JSON/],
    [
      'a file that is no gold file',
      () => temp('x.gold.json', JSON.stringify({ article: 'a.md', required: [{ source: 'RUS' }] })),
      /not a gold file: required\[0\]\.type/,
    ],
    [
      'a gold file whose article is missing',
      () =>
        temp(
          'x.gold.json',
          JSON.stringify({
            article: 'nowhere.md',
            required: [{ source: 'RUS', type: 'THREATENS', target: 'UKR' }],
          }),
        ),
      /article "nowhere\.md" not found/,
    ],
  ])('exits 1 and says why for %s', async (_, file, message) => {
    const { code, err } = await run([file()]);
    expect(code).toBe(1);
    expect(err).toMatch(message);
  });

  it('exits 2 without gold files', async () => {
    expect((await run([])).code).toBe(2);
  });
});
