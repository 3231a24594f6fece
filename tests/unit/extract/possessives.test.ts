// Possessive determiners before noun triggers (its, their, seiner, ihrer): the possessor is the
// source, never a guessed clause subject; a noun after a preposition of cause does not borrow it.

import { describe, expect, it } from 'vitest';
import { triplesOf } from './helpers';

function sorted(text: string): string[] {
  return triplesOf(text).sort();
}

describe('possessive determiners before noun triggers', () => {
  it.each([
    ['en', 'Canada sanctions Belarus over its support for Russia.'],
    ['de', 'Kanada verhängt Sanktionen gegen Belarus wegen seiner Unterstützung für Russland.'],
  ])('makes the nearest preceding actor the source, not the clause subject (%s: %s)', (_, text) => {
    const triples = sorted(text);
    expect(triples).toContain('BLR SUPPORTS RUS');
    expect(triples).toContain('CAN SANCTIONS BLR');
    expect(triples).not.toContain('CAN SUPPORTS RUS');
  });

  it.each([
    ['en', 'The EU condemns Russia and Belarus over their support for North Korea.'],
    ['de', 'Die EU verurteilt Russland und Belarus wegen ihrer Unterstützung für Nordkorea.'],
  ])('makes every member of a coordinated possessor a source (%s: %s)', (_, text) => {
    expect(sorted(text)).toEqual([
      'BLR SUPPORTS PRK',
      'EU CONDEMNS BLR',
      'EU CONDEMNS RUS',
      'RUS SUPPORTS PRK',
    ]);
  });

  it.each([
    ['en', 'Russia announced its support for North Korea.'],
    ['de', 'Russland bekräftigt seine Unterstützung für Nordkorea.'],
  ])('keeps the subject as source when it is the possessor (%s: %s)', (_, text) => {
    expect(sorted(text)).toEqual(['RUS SUPPORTS PRK']);
  });

  it.each([
    ['en', "Canada's sanctions against Belarus over its military support for Russia are new."],
    [
      'de',
      'Kanadas Sanktionen gegen Belarus wegen seiner militärischen Unterstützung für Russland sind neu.',
    ],
  ])(
    'reads the possessor past adjectives and not from a frame that only names it (%s: %s)',
    (_, text) => {
      const triples = sorted(text);
      expect(triples).toContain('BLR SUPPORTS RUS');
      expect(triples).not.toContain('CAN SUPPORTS RUS');
    },
  );

  it.each([
    ['en', 'Canada criticises Russia and North Korea over their alliance.'],
    ['de', 'Kanada kritisiert Russland und Nordkorea wegen ihres Bündnisses.'],
  ])('makes a coordinated possessor the partners of a collective noun (%s: %s)', (_, text) => {
    expect(sorted(text)).toContain('RUS ALLIES_WITH PRK');
  });

  it.each([
    ['en', 'Its support for Russia is growing, Canada and Belarus agree.'],
    ['de', 'Seine Unterstützung für Russland wächst, meinen Kanada und Belarus.'],
  ])('drops the relation when no actor precedes the possessive (%s: %s)', (_, text) => {
    expect(sorted(text).filter((t) => t.includes('SUPPORTS'))).toEqual([]);
  });
});

describe('noun triggers after a preposition of cause', () => {
  it.each([
    ['en', 'Canada sanctions Belarus over support for Russia.'],
    ['en', 'Canada sanctions Belarus because of the support for Russia.'],
    ['de', 'Kanada verhängt Sanktionen gegen Belarus wegen der Unterstützung für Russland.'],
    ['de', 'Kanada verhängt Sanktionen gegen Belarus aufgrund der Unterstützung für Russland.'],
  ])('does not lend them the clause subject as source (%s: %s)', (_, text) => {
    expect(sorted(text)).toEqual(['CAN SANCTIONS BLR']);
  });
});
