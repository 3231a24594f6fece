import { describe, expect, it } from 'vitest';
import { detectLanguage, sentencesOf } from '../../../server/src/extract';
import { readArticle, SEED } from './helpers';

function texts(text: string, lang?: 'de' | 'en'): string[] {
  return sentencesOf(text, lang ? { lang } : {}).map((s) => s.text);
}

describe('sentence splitting', () => {
  it('gives every sentence offsets that slice back to its text', () => {
    const { text } = readArticle(SEED);
    const sentences = sentencesOf(text);
    expect(sentences.length).toBeGreaterThan(30);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('separates a title glued to a quote into two sentences', () => {
    expect(
      texts(
        'Bedroht Putin-Kim-Bündnis auch die USA?«Russland liefert Nordkorea die neuste Atomwaffen-Technologie»',
      ),
    ).toEqual([
      'Bedroht Putin-Kim-Bündnis auch die USA?',
      '«Russland liefert Nordkorea die neuste Atomwaffen-Technologie»',
    ]);
  });

  it('keeps a closing quote with the sentence it ends and starts the next sentence after it', () => {
    expect(texts('Er sagte: «Russland liefert Waffen.» Dann ging er.')).toEqual([
      'Er sagte: «Russland liefert Waffen.»',
      'Dann ging er.',
    ]);
  });

  it('does not split after abbreviations, initials and German ordinal dates', () => {
    expect(
      texts('Der Nato-Gen. Rutte sagt das am 10. November. Dann z. B. kam Dr. Meier.', 'de'),
    ).toEqual(['Der Nato-Gen. Rutte sagt das am 10. November.', 'Dann z. B. kam Dr. Meier.']);
    expect(texts('U.S. officials said so. Mr. Smith left.', 'en')).toEqual([
      'U.S. officials said so.',
      'Mr. Smith left.',
    ]);
  });

  it('splits each paragraph on its own and never across a line break', () => {
    const text = 'Stefan Michel\n10.11.2024\nKeine Zeit? blue News fasst für dich zusammen';
    expect(texts(text)).toEqual([
      'Stefan Michel',
      '10.11.2024',
      'Keine Zeit?',
      'blue News fasst für dich zusammen',
    ]);
  });

  it('detects the language of each paragraph and lets --lang override it', () => {
    const text =
      'Russland liefert Nordkorea die neuste Technologie.\nAnd Russia only gave that help to North Korea.';
    expect(sentencesOf(text).map((s) => s.lang)).toEqual(['de', 'en']);
    expect(sentencesOf(text, { lang: 'de' }).map((s) => s.lang)).toEqual(['de', 'de']);
  });

  it('detects the main language of a text', () => {
    expect(detectLanguage(readArticle(SEED).text)).toBe('de');
    expect(detectLanguage('North Korea has deployed a contingent of troops to Russia.')).toBe('en');
    expect(detectLanguage('Russland hat keine Waffen an Nordkorea geliefert.')).toBe('de');
  });
});
