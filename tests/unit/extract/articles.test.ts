import { describe, expect, it } from 'vitest';
import { extract } from '../../../server/src/extract';
import { score } from './gold-score';
import { readArticle, readGold } from './helpers';

const ARTICLES = [
  { name: 'an English article', file: 'tests/fixtures/extract/en-drones.md', lang: 'en' },
  { name: 'a German article', file: 'tests/fixtures/extract/de-sanktionen.md', lang: 'de' },
] as const;

describe.each(ARTICLES)('$name', ({ file, lang }) => {
  const { text, date } = readArticle(file);
  const extraction = extract(text, { date });
  const gold = readGold(file.replace(/\.md$/, '.expected.json'));
  const result = score(extraction.mentions, gold);

  it('is detected in its language', () => {
    expect(extraction.lang).toBe(lang);
  });

  it('yields every expected triple', () => {
    expect(result.missing).toEqual([]);
  });

  it('yields no forbidden triple and nothing unexpected', () => {
    expect(result.forbiddenFound).toEqual([]);
    expect(result.unexpected).toEqual([]);
  });

  it('gives the expected modality to the relations of marked sentences', () => {
    for (const { sentence_contains: needle, expect: modality } of gold.modality) {
      const mentions = extraction.mentions.filter((m) => m.sentence.includes(needle));
      expect(mentions.length, needle).toBeGreaterThan(0);
      for (const m of mentions) expect(m.modality, needle).toBe(modality);
    }
  });
});

describe('office holders in articles', () => {
  it('attributes to the actor the speaker acted for on the article date', () => {
    const { text, date } = readArticle('tests/fixtures/extract/de-sanktionen.md');
    const scholz = extract(text, { date }).mentions.find((m) => m.claimantName === 'Olaf Scholz');
    expect(scholz?.claimant).toBe('DEU');
    const later = extract(text, { date: '2025-06-01' }).mentions.find(
      (m) => m.claimantName === 'Olaf Scholz',
    );
    expect(later?.claimant).toBe('OLAF_SCHOLZ');
  });
});
