// Definite relational nouns of symmetric relations with one participant in their sentence ("Nordkorea
// nutzt die Partnerschaft", "North Korea uses the alliance") take the partner the article named last.

import { describe, expect, it } from 'vitest';
import type { RelationMention } from '../../../server/src/domain';
import { mentionsOf, readArticle, SEED, triple } from './helpers';

/** The relation mentions read from the sentence that contains `needle`. */
function inSentence(text: string, needle: string): RelationMention[] {
  return mentionsOf(text).filter((m) => m.sentence.includes(needle));
}

describe('definite relational nouns resolved from the discourse', () => {
  it.each([
    [
      'de',
      'Nordkorea unterzeichnet eine Partnerschaft mit Russland. Die Ukraine meldet neue Angriffe. ' +
        'Nordkorea nutzt die Partnerschaft, um sein Raketenprogramm auszubauen.',
      'nutzt die Partnerschaft',
    ],
    [
      'en',
      'North Korea signed a partnership with Russia. Ukraine reported new attacks overnight. ' +
        'North Korea uses the alliance to expand its missile programme.',
      'uses the alliance',
    ],
  ])('takes the partner of an earlier relation of the same type (%s)', (_, text, needle) => {
    const found = inSentence(text, needle);
    expect(found.map(triple)).toEqual(['PRK ALLIES_WITH RUS']);
    expect(found[0]!.modality).toBe('ASSERTED');
    const explicit = inSentence(text, 'signed a partnership').concat(
      inSentence(text, 'unterzeichnet eine Partnerschaft'),
    );
    expect(found[0]!.confidence).toBeLessThan(explicit[0]!.confidence);
  });

  it.each([
    [
      'de',
      'Nordkorea schließt ein Bündnis mit Russland. Nordkorea lobt seine Partnerschaft als Vorbild.',
      'lobt seine Partnerschaft',
    ],
    [
      'en',
      'North Korea formed an alliance with Russia. North Korea praised its partnership as a model.',
      'praised its partnership',
    ],
  ])('resolves a noun after a possessive determiner (%s)', (_, text, needle) => {
    expect(inSentence(text, needle).map(triple)).toEqual(['PRK ALLIES_WITH RUS']);
  });

  it.each([
    [
      'de',
      'Sie leben in Angst. Nordkorea nutzt die Partnerschaft, um sein Raketenprogramm auszubauen.',
    ],
    ['en', 'Markets fell sharply. North Korea uses the alliance to expand its missile programme.'],
  ])('extracts nothing without an earlier relation of the participant (%s)', (_, text) => {
    expect(mentionsOf(text)).toEqual([]);
  });

  it.each([
    [
      'de',
      'Russland bedroht die Ukraine. Russland nutzt die Partnerschaft, um Sanktionen zu umgehen.',
      'nutzt die Partnerschaft',
    ],
    [
      'en',
      'Russia threatens Ukraine. Russia uses the partnership to expand its arms industry.',
      'uses the partnership',
    ],
  ])('extracts nothing when the earlier relation is of another type (%s)', (_, text, needle) => {
    expect(inSentence(text, needle)).toEqual([]);
  });

  it.each([
    [
      'de',
      'Russland schließt ein Bündnis mit Nordkorea. Russland vertieft zudem die Zusammenarbeit mit China. ' +
        'Russland nutzt die Partnerschaft, um seine Rüstungsindustrie auszubauen.',
      'nutzt die Partnerschaft',
    ],
    [
      'en',
      'Russia formed an alliance with North Korea. Russia also deepened its cooperation with China. ' +
        'Russia uses the partnership to expand its arms industry.',
      'uses the partnership',
    ],
  ])(
    'extracts nothing when recent relations name two different partners (%s)',
    (_, text, needle) => {
      const all = mentionsOf(text).map(triple);
      expect(all).toContain('RUS ALLIES_WITH PRK');
      expect(all).toContain('RUS ALLIES_WITH CHN');
      expect(inSentence(text, needle)).toEqual([]);
    },
  );

  it.each([
    [
      'de',
      'Nordkorea schließt ein Bündnis mit Russland. Nordkorea nutzt die Partnerschaft mit Ruritanien für Raketentests.',
      'Partnerschaft mit Ruritanien',
    ],
    [
      'de',
      'Nordkorea schließt ein Bündnis mit Russland. Die Partnerschaft zwischen Nordkorea und Ruritanien wächst.',
      'zwischen Nordkorea und Ruritanien',
    ],
    [
      'en',
      'North Korea formed an alliance with Russia. North Korea uses the partnership with Ruritania for missile tests.',
      'partnership with Ruritania',
    ],
    [
      'en',
      'North Korea formed an alliance with Russia. The partnership between North Korea and Ruritania is growing.',
      'between North Korea and Ruritania',
    ],
  ])('does not replace a complement naming an unknown partner (%s: %s)', (_, text, needle) => {
    expect(inSentence(text, needle)).toEqual([]);
  });

  it.each([
    [
      'de',
      'Nordkorea schließt ein Bündnis mit Russland. Nordkorea sucht eine Partnerschaft, um sein Raketenprogramm auszubauen.',
      'sucht eine Partnerschaft',
    ],
    [
      'en',
      'North Korea formed an alliance with Russia. North Korea seeks a partnership to expand its missile programme.',
      'seeks a partnership',
    ],
  ])('does not resolve an indefinite noun (%s)', (_, text, needle) => {
    expect(inSentence(text, needle)).toEqual([]);
  });

  it.each([
    [
      'de',
      'Nordkorea unterzeichnet eine Partnerschaft mit Russland. Das ISW hält es für wahrscheinlich, ' +
        'dass Nordkorea die Partnerschaft nutze, um sein Raketenprogramm auszubauen.',
      'hält es für wahrscheinlich',
    ],
    [
      'en',
      'North Korea signed a partnership with Russia. According to the ISW, North Korea will likely ' +
        'use the partnership to expand its missile programme.',
      'will likely use',
    ],
  ])('takes modality and claimant from its own sentence (%s)', (_, text, needle) => {
    const found = inSentence(text, needle);
    expect(found.map(triple)).toEqual(['PRK ALLIES_WITH RUS']);
    expect(found[0]!.modality).toBe('HEDGED');
    expect(found[0]!.claimant).toBe('ISW');
  });

  it('reads the seed sentence "hält es aber für wahrscheinlich" as a hedged partnership claimed by the ISW', () => {
    const { text, date } = readArticle(SEED);
    const found = mentionsOf(text, { date }).filter((m) =>
      m.sentence.includes('hält es aber für wahrscheinlich'),
    );
    expect(found.map(triple)).toEqual(['PRK ALLIES_WITH RUS']);
    for (const m of found) {
      expect(m.modality).toBe('HEDGED');
      expect(m.claimant).toBe('ISW');
      expect(m.trigger).toBe('Partnerschaft');
    }
  });
});
