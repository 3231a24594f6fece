// Property-based tests of the file parsers: broken front matter (.md) and hostile or deeply
// nested HTML (.html, through Readability) either parse into text the extractor can read, or
// fail with a coded input error. Never a crash, never a hang.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/src/extract';
import { parseArticleFile, type ParsedArticle } from '../../server/src/ingest/parse';
import { htmlPage, markdownFile, nestedHtml } from './arbitraries';
import { checkExtraction, expectCoded, expectRoughlyLinear, runs } from './check';

function checkParsed(parsed: ParsedArticle): void {
  expect(typeof parsed.text).toBe('string');
  for (const value of Object.values(parsed.meta)) {
    expect(value === null || typeof value === 'string').toBe(true);
  }
  if (parsed.meta.publishedAt !== null) {
    expect(new Date(parsed.meta.publishedAt).toISOString()).toBe(parsed.meta.publishedAt);
  }
  expect([null, 'de', 'en']).toContain(parsed.lang);
  checkExtraction(parsed.text, extract(parsed.text, { date: parsed.meta.publishedAt }));
}

function parseOrCoded(name: string, content: string): void {
  let parsed: ParsedArticle;
  try {
    parsed = parseArticleFile(name, content);
  } catch (error) {
    expectCoded(error);
    return;
  }
  checkParsed(parsed);
}

describe('parsing broken and hostile files', () => {
  it('reads markdown with broken front matter, or refuses it with BAD_USER_INPUT', () => {
    fc.assert(
      fc.property(markdownFile, (content) => parseOrCoded('article.md', content)),
      { numRuns: runs(1200) },
    );
  });

  it('reads any HTML page, well-formed or not, into text with valid offsets', () => {
    fc.assert(
      fc.property(htmlPage, (content) => parseOrCoded('page.html', content)),
      { numRuns: runs(800) },
    );
  });

  it('keeps the paragraph of a fragment without <html>, and reads an empty page as empty', () => {
    expect(parseArticleFile('a.html', '<p>China bedroht Taiwan.</p>').text).toBe(
      'China bedroht Taiwan.',
    );
    expect(
      parseArticleFile('a.html', '<div><div><div><p>China bedroht Taiwan.</p></div></div></div>')
        .text,
    ).toBe('China bedroht Taiwan.');
    expect(parseArticleFile('a.html', '').text).toBe('');
    expect(parseArticleFile('a.html', 'plain words').text).toBe('plain words');
  });

  for (const depth of [10, 300, 3000, 20_000]) {
    it(`reads a page nested ${depth} elements deep within seconds`, () => {
      const started = performance.now();
      const parsed = parseArticleFile('deep.html', nestedHtml(depth));
      expect(parsed.text).toContain('Russland liefert Nordkorea Raketen.');
      expect(performance.now() - started).toBeLessThan(5000);
    });
  }

  it('takes time about linear in the nesting depth of HTML', () => {
    expectRoughlyLinear(
      'nested <div>',
      (n) => nestedHtml(n),
      2500,
      (html) => parseArticleFile('deep.html', html),
    );
  });

  it('takes time about linear in the size of front matter', () => {
    expectRoughlyLinear(
      'front matter',
      (n) =>
        `---\ntitle: "${'x'.repeat(n)}"\ntags: [${'a, '.repeat(n / 3)}b]\n---\nChina bedroht Taiwan.`,
      20_000,
      (content) => parseArticleFile('big.md', content),
    );
  });
});
