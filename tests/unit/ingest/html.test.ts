import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../server/src/extract';
import { parseArticleFile } from '../../../server/src/ingest/parse';

const PAGE = 'tests/fixtures/ingest/page.html';

describe('reading an .html news page', () => {
  const parsed = parseArticleFile(PAGE, readFileSync(PAGE, 'utf8'));

  it('takes title, publisher, author, date and canonical url from the meta tags', () => {
    expect(parsed.meta).toEqual({
      title: 'Waffen für Moskau',
      url: 'https://kurier.example.org/2024/11/waffen-fuer-moskau',
      source: 'Der Kurier',
      author: 'Anna Berger',
      publishedAt: '2024-11-12T07:30:00.000Z',
    });
  });

  it('reads the language of <html lang="de-CH"> as German', () => {
    expect(parsed.lang).toBe('de');
  });

  it('keeps the article body as paragraphs and leaves navigation and footer out', () => {
    expect(parsed.text).toContain(
      'Nordkorea liefert Russland Artilleriegranaten, wie westliche Geheimdienste',
    );
    expect(parsed.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
    expect(parsed.text).not.toContain('Startseite');
    expect(parsed.text).not.toContain('Impressum');
  });

  it('gives the extractor sentences it reads relations from', () => {
    const found = extract(parsed.text, { lang: 'de' }).mentions.map(
      (m) => `${m.source} ${m.type} ${m.target}`,
    );
    expect(found).toEqual(['PRK SUPPLIES RUS', 'UKR FIGHTS RUS', 'EU SANCTIONS PRK']);
  });

  it('falls back to the body text of a page without an article', () => {
    const bare = parseArticleFile(
      'x.htm',
      '<html><body><p>China bedroht Taiwan.</p></body></html>',
    );
    expect(bare.text).toBe('China bedroht Taiwan.');
    expect(bare.meta.title).toBeNull();
    expect(bare.lang).toBeNull();
  });
});
