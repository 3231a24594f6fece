import { describe, expect, it } from 'vitest';
import { sentenceBreaks } from '../../../server/src/extract/sentence-breaks';
import { prng } from '../../support/generate';
import { readArticle, SEED } from './helpers';

const segmenters = {
  de: new Intl.Segmenter('de', { granularity: 'sentence' }),
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
};

function segmenterStarts(text: string, lang: 'de' | 'en'): number[] {
  return [...segmenters[lang].segment(text)].map((s) => s.index).filter((i) => i > 0);
}

function scanStarts(text: string): number[] | null {
  const out: number[] = [];
  return sentenceBreaks(text, 0, out) ? out : null;
}

// Every class the scan knows, with stops, quotes and spaces weighted up.
const ALPHABET = [
  ...'abzAQäÜßéÉłŁ19',
  ...'   \t\u00a0',
  ...'...?!',
  ...',;:-–—',
  ...'"\'()[]{}«»„“”‘’‚‹›',
  ...'…€§°#%&*/@_~|+=<>^`$\\',
];

describe('sentence boundaries without the segmenter', () => {
  it('finds the boundaries Intl.Segmenter finds in random text of the characters it knows', () => {
    const random = prng(20241110);
    for (let n = 0; n < 5_000; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 24);
      for (let k = 0; k < length; k++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
      const scanned = scanStarts(text);
      expect(scanned, text).not.toBeNull();
      for (const lang of ['de', 'en'] as const)
        expect(scanned, JSON.stringify(text)).toEqual(segmenterStarts(text, lang));
    }
  });

  it('finds the boundaries Intl.Segmenter finds in the seed article', () => {
    const { text } = readArticle(SEED);
    for (const paragraph of text.split('\n')) {
      const scanned = scanStarts(paragraph);
      if (scanned !== null) expect(scanned).toEqual(segmenterStarts(paragraph, 'de'));
    }
  });

  it('leaves text with characters it does not know to the segmenter', () => {
    expect(scanStarts('Это тест. Да.')).toBeNull();
    expect(scanStarts('Soft\u00adhyphen. Next')).toBeNull();
    expect(scanStarts('Line\nbreak. Next')).toBeNull();
  });

  it('keeps abbreviations, numbers and initials the way the segmenter does', () => {
    for (const text of [
      'U.S. forces left. Then',
      'am 6. März. B. in der Presse',
      'Version 3.5 is out. etc. and more',
      'Er sagte: «Gut.» Dann ging er.',
      'Wirklich?! Ja.',
      'Hi. - no. (Yes.) "Quote." Next',
    ])
      expect(scanStarts(text), text).toEqual(segmenterStarts(text, 'en'));
  });
});
