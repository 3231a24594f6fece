import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../server/src/domain';
import { parseArticleFile } from '../../../server/src/ingest/parse';

const SEED = 'seed/articles/blue-news-2024-11-10-putin-kim.md';

describe('parsing article files', () => {
  it('reads the front matter of the seed article and keeps the text after it', () => {
    const parsed = parseArticleFile(SEED, readFileSync(SEED, 'utf8'));
    expect(parsed.meta).toEqual({
      title: 'Bedroht Putin-Kim-Bündnis auch die USA?',
      url: null,
      source: 'blue News',
      author: 'Stefan Michel',
      publishedAt: '2024-11-10T19:45:00.000Z',
    });
    expect(parsed.lang).toBe('de');
    expect(parsed.text.startsWith('Bedroht Putin-Kim-Bündnis auch die USA?«Russland')).toBe(true);
  });

  it('takes a .txt file as it is', () => {
    const parsed = parseArticleFile('a.txt', '---\nnot front matter\n');
    expect(parsed.text).toBe('---\nnot front matter\n');
    expect(parsed.meta.title).toBeNull();
  });

  it('ignores a declared language it does not support', () => {
    expect(parseArticleFile('a.md', '---\nlang: fr\n---\nTexte').lang).toBeNull();
  });

  it('refuses broken front matter with an input error', () => {
    expect(() => parseArticleFile('a.md', '---\ntitle: [unclosed\n---\nText')).toThrow(InputError);
  });

  it('refuses file types it cannot read', () => {
    expect(() => parseArticleFile('a.pdf', '%PDF')).toThrow(InputError);
  });
});
