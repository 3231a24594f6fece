// Property-based tests of the extractor (fast-check): random and adversarial texts never crash
// it, every mention's offsets slice out its sentence, every mentioned actor is in the result,
// and time grows about linearly with the text.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorMentions, extract, sentencesOf } from '../../server/src/extract';
import { articleText, oddChar } from './arbitraries';
import { checkExtraction, expectRoughlyLinear, runs } from './check';

const date = fc.option(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  { nil: null },
);
const lang = fc.constantFrom(undefined, 'de' as const, 'en' as const);

describe('the extractor under random and adversarial text', () => {
  it('never throws, and every mention slices out of the text at its offsets', () => {
    let mentions = 0;
    fc.assert(
      fc.property(articleText, lang, date, (text, language, published) => {
        const result = extract(text, { lang: language, date: published });
        checkExtraction(text, result);
        mentions += result.mentions.length;
      }),
      { numRuns: runs(3000) },
    );
    // Not vacuous: the generated texts do state relations the extractor finds.
    expect(mentions).toBeGreaterThan(runs(3000) / 10);
  });

  it('reads any string of code points, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        checkExtraction(text, extract(text));
      }),
      { numRuns: runs(1000) },
    );
  });

  it('gives sentences and actor mentions whose offsets match their text', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        for (const sentence of sentencesOf(text)) {
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        }
        for (const mention of actorMentions(text)) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(mention.end).toBeGreaterThan(mention.start);
        }
      }),
      { numRuns: runs(1000) },
    );
  });

  it('finds the same relations when odd invisible characters surround a known sentence', () => {
    fc.assert(
      fc.property(fc.array(oddChar, { maxLength: 5 }), (noise) => {
        const sentence = 'Russland liefert Nordkorea Raketen.';
        const text = `${noise.join('')}\n\n${sentence}\n\n${noise.join('')}`;
        const result = extract(text, { lang: 'de' });
        checkExtraction(text, result);
        expect(result.mentions.map((m) => `${m.source} ${m.type} ${m.target}`)).toContain(
          'RUS SUPPLIES PRK',
        );
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('the extractor takes time about linear in the text', () => {
  const shapes: [string, (n: number) => string][] = [
    [
      'news sentences',
      (n) => 'Russland liefert Nordkorea laut Rutte vermutlich Raketen. '.repeat(n / 56),
    ],
    [
      'one sentence naming many actors',
      (n) => `${'Russland, China, Iran und Nordkorea, '.repeat(n / 37)}bedrohen die USA.`,
    ],
    ['one huge token', (n) => 'a'.repeat(n)],
    ['opening quotes and brackets', (n) => '„('.repeat(n / 2)],
    ['abbreviations and numbers', (n) => 'Dr. z. B. U.S. 10.11.2024 '.repeat(n / 26)],
    ['line breaks', (n) => 'Russland\n'.repeat(n / 9)],
    ['combining marks', (n) => `R${'\u0301'.repeat(n)}ussland bedroht China.`],
    ['lone surrogates and zero-width characters', (n) => '\uD800\u200B\u202E'.repeat(n / 3)],
  ];
  for (const [name, make] of shapes) {
    it(`stays linear for ${name}`, () => {
      expectRoughlyLinear(name, make, 20_000, (text) => checkExtraction(text, extract(text)));
    });
  }
});
