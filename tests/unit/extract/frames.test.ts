// One test per frame, each in German and English: active and passive voice, receive frames, noun
// frames, coordination, relation types with their triggers, and persons read by the article's date.

import { describe, expect, it } from 'vitest';
import { mentionsOf, triplesOf } from './helpers';

describe('voice', () => {
  it.each([
    ['de', 'Russland bedroht die Ukraine.'],
    ['en', 'Russia threatens Ukraine.'],
  ])('lets the subject of an active verb act on its object (%s)', (_, text) => {
    expect(triplesOf(text)).toEqual(['RUS THREATENS UKR']);
  });

  it.each([
    ['de', 'Die Ukraine wird von Russland bedroht.'],
    ['en', 'Ukraine is threatened by Russia.'],
  ])('makes the von/by phrase of a passive the agent (%s)', (_, text) => {
    expect(triplesOf(text)).toEqual(['RUS THREATENS UKR']);
  });
});

describe('receive frames', () => {
  it.each([
    ['de', 'Nordkorea erhält Öl von Russland.'],
    ['en', 'North Korea receives oil from Russia.'],
    ['de', 'Nordkorea erhalte dank Russland Zugang zu Technologie.'],
    ['en', 'North Korea gained access to technology thanks to Russia.'],
  ])('makes the giver the source and the receiver the target (%s: %s)', (_, text) => {
    expect(triplesOf(text)).toEqual(['RUS SUPPLIES PRK']);
  });
});

describe('noun frames', () => {
  it.each([
    ['de', 'Die Zusammenarbeit zwischen Russland und Nordkorea wächst.'],
    ['en', 'The cooperation between Russia and North Korea is growing.'],
    ['de', 'Die Zusammenarbeit Russlands mit Nordkorea wächst.'],
    ['en', "Russia's cooperation with North Korea is growing."],
    ['de', 'Das Russland-Nordkorea-Bündnis wächst.'],
    ['en', 'The Russia-North Korea alliance is growing.'],
    ['de', 'Moskau ist ein enger Verbündeter Pjöngjangs.'],
    ['en', 'Moscow is a close ally of Pyongyang.'],
  ])('reads an alliance from a noun and its arguments (%s: %s)', (_, text) => {
    expect(triplesOf(text)).toEqual(['RUS ALLIES_WITH PRK']);
  });

  it.each([
    ['de', 'Russland ist eine Gefahr für Europa.'],
    ['en', 'Russia is a danger to Europe.'],
  ])(
    'reads "eine Gefahr für Y" / "a danger to Y" with the clause subject as agent (%s)',
    (_, text) => {
      expect(triplesOf(text)).toEqual(['RUS THREATENS EUR']);
    },
  );

  it.each([
    ['de', 'Im Krieg Russlands gegen die Ukraine steht viel auf dem Spiel.', ['RUS FIGHTS UKR']],
    [
      'en',
      "North Korea sent troops in support of Russia's war in Ukraine.",
      ['PRK SUPPORTS RUS', 'RUS FIGHTS UKR'],
    ],
  ])('reads event nouns with genitive or possessive agents (%s)', (_, text, expected) => {
    expect(triplesOf(text).filter((t) => !t.includes('SENDS'))).toEqual(expected);
  });
});

describe('coordination', () => {
  it.each([
    ['de', 'Russland, Nordkorea und China bedrohen Europa.'],
    ['en', 'Russia, North Korea and China threaten Europe.'],
  ])('gives every coordinated subject the relation (%s)', (_, text) => {
    expect(triplesOf(text)).toEqual([
      'RUS THREATENS EUR',
      'PRK THREATENS EUR',
      'CHN THREATENS EUR',
    ]);
  });

  it.each([
    ['de', 'Russland bedroht Europa und die USA.'],
    ['en', 'Russia threatens Europe and the USA.'],
  ])('gives the relation every coordinated object (%s)', (_, text) => {
    expect(triplesOf(text)).toEqual(['RUS THREATENS EUR', 'RUS THREATENS USA']);
  });
});

describe('relation types', () => {
  it.each([
    ['de', 'Die EU verhängt Sanktionen gegen Russland.', 'EU SANCTIONS RUS'],
    ['en', 'The EU imposed sanctions on Russia.', 'EU SANCTIONS RUS'],
    ['de', 'Frankreich verurteilt Russland.', 'FRA CONDEMNS RUS'],
    ['en', 'France condemned Russia.', 'FRA CONDEMNS RUS'],
    ['de', 'Russland erkennt Syrien an.', 'RUS RECOGNIZES SYR'],
    ['en', 'Russia recognised Syria.', 'RUS RECOGNIZES SYR'],
    ['de', 'Russland handelt mit Indien.', 'RUS TRADES_WITH IND'],
    ['en', 'Russia trades with India.', 'RUS TRADES_WITH IND'],
    ['de', 'Die Ukraine bricht die Beziehungen zu Syrien ab.', 'UKR SEVERS_TIES SYR'],
    ['en', 'Ukraine cut ties with Syria.', 'UKR SEVERS_TIES SYR'],
    ['de', 'Nordkorea hat Soldaten nach Russland geschickt.', 'PRK SENDS_TROOPS_TO RUS'],
    ['en', 'North Korea deployed troops to Russia.', 'PRK SENDS_TROOPS_TO RUS'],
    ['de', 'Belarus unterstützt Russland.', 'BLR SUPPORTS RUS'],
    ['en', 'Belarus supports Russia.', 'BLR SUPPORTS RUS'],
  ])('reads %s triggers: %s', (_, text, expected) => {
    expect(triplesOf(text)).toEqual([expected]);
  });
});

describe('persons by the article date', () => {
  it.each([
    ['de', 'Trump sagt, Russland bedrohe Europa.'],
    ['en', 'Trump said Russia threatens Europe.'],
  ])('maps a person to the actor of the office held on the date (%s)', (_, text) => {
    const claimant = (date: string) =>
      triplesOf(text, { date }).length === 1 ? (mentions(text, date)[0]?.claimant ?? null) : 'none';
    expect(claimant('2019-06-01')).toBe('USA');
    expect(claimant('2023-06-01')).toBe('DONALD_TRUMP');
    expect(claimant('2025-02-01')).toBe('USA');
  });

  it('ends an office on its last day', () => {
    expect(mentions('Stoltenberg sagt, Russland bedrohe Europa.', '2024-09-30')[0]?.claimant).toBe(
      'NATO',
    );
    expect(mentions('Stoltenberg said Russia threatens Europe.', '2024-10-01')[0]?.claimant).toBe(
      'JENS_STOLTENBERG',
    );
    expect(mentions('Rutte said Russia threatens Europe.', '2024-10-01')[0]?.claimant).toBe('NATO');
    expect(mentions('Baerbock sagt, Russland bedrohe Europa.', '2025-05-05')[0]?.claimant).toBe(
      'DEU',
    );
    expect(mentions('Yoon Suk Yeol said Russia threatens Europe.', '2025-04-04')[0]?.claimant).toBe(
      'YOON_SUK_YEOL',
    );
  });
});

function mentions(text: string, date: string) {
  return mentionsOf(text, { date });
}
