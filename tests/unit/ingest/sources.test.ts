import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countItems } from '../../../server/src/ingest/items';
import { expandPaths } from '../../../server/src/ingest/sources';

const FIXTURES = 'tests/fixtures/ingest';

describe('expanding ingest paths', () => {
  it('searches folders recursively for article files only, in sorted order', () => {
    expect(expandPaths([join(FIXTURES, 'archive')])).toEqual({
      files: [join(FIXTURES, 'archive/nested/two.md'), join(FIXTURES, 'archive/one.txt')],
      missing: [],
    });
  });

  it('expands globs and takes files as they are', () => {
    const { files } = expandPaths([
      `${FIXTURES}/**/*.{txt,html}`,
      join(FIXTURES, 'articles.jsonl'),
    ]);
    expect(files).toEqual([
      join(FIXTURES, 'archive/one.txt'),
      join(FIXTURES, 'page.html'),
      join(FIXTURES, 'articles.jsonl'),
    ]);
  });

  it('lists each file once however often it is named', () => {
    const { files } = expandPaths([FIXTURES, join(FIXTURES, 'page.html'), `${FIXTURES}/*.html`]);
    expect(files.filter((file) => file.endsWith('page.html'))).toHaveLength(1);
  });

  it('reports missing paths and globs that match nothing instead of throwing', () => {
    expect(expandPaths(['no/such/file.md', `${FIXTURES}/*.pdf`])).toEqual({
      files: [],
      missing: [
        { path: 'no/such/file.md', reason: 'no such file or directory' },
        { path: `${FIXTURES}/*.pdf`, reason: 'pattern matches no files' },
      ],
    });
  });

  it('resolves relative paths against the given working directory', () => {
    expect(expandPaths(['archive'], FIXTURES).files).toEqual([
      'archive/nested/two.md',
      'archive/one.txt',
    ]);
  });

  it('counts one item per file and per non-blank .jsonl line', async () => {
    const { files } = expandPaths([FIXTURES]);
    expect(await countItems(files)).toBe(2 + 6 + 1);
  });
});
