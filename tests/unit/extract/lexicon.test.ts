// The lexicon as data: the built-in actors and types, and a user lexicon merged over it.

import { describe, expect, it } from 'vitest';
import { CAMEO, RELATION_TYPES } from '../../../server/src/domain';
import {
  builtinLexicon,
  builtinLexiconData,
  extract,
  LexiconError,
  mergeLexicon,
  userLexicon,
} from '../../../server/src/extract';

const G20_AND_LISTED = [
  'ARG',
  'AUS',
  'BRA',
  'CAN',
  'CHN',
  'FRA',
  'DEU',
  'IND',
  'IDN',
  'ITA',
  'JPN',
  'KOR',
  'MEX',
  'RUS',
  'SAU',
  'ZAF',
  'TUR',
  'GBR',
  'USA',
  'EU',
  'PRK',
  'UKR',
  'IRN',
  'SYR',
  'BLR',
  'ISR',
  'SUN',
  'NATO',
  'UN',
  'G7',
  'ISW',
  'IAEA',
  'EUR',
  'INDOPAC',
];

describe('the built-in lexicon', () => {
  it('knows the G20 states, the listed states, organisations and regions', () => {
    const actors = builtinLexicon().actors;
    for (const id of G20_AND_LISTED) expect(actors.has(id), id).toBe(true);
    expect(actors.get('SUN')?.name).toBe('Soviet Union');
  });

  it('keeps the Soviet Union apart from Russia', () => {
    const ids = (text: string) => extract(text).mentions.map((m) => `${m.source} ${m.target}`);
    expect(ids('Die Sowjetunion bedrohte Polen.')).toEqual(['SUN POL']);
    expect(ids('Russland bedroht Polen.')).toEqual(['RUS POL']);
  });

  it('has triggers in both languages for every relation type, each with a CAMEO root code', () => {
    const triggers = builtinLexiconData().triggers as {
      triggers: { type: string; lang: string }[];
    };
    for (const type of RELATION_TYPES) {
      expect(CAMEO[type], type).toMatch(/^\d{2}$/);
      for (const lang of ['de', 'en'])
        expect(
          triggers.triggers.some((t) => t.type === type && t.lang === lang),
          `${type} ${lang}`,
        ).toBe(true);
    }
  });
});

describe('a user lexicon', () => {
  it('adds actors and aliases and merges them over the built-in ones', () => {
    const lexicon = userLexicon(
      JSON.stringify({
        actors: [
          {
            id: 'GEO',
            name: 'Georgia',
            kind: 'STATE',
            names: ['Georgien', 'Georgia'],
            metonyms: ['Tiflis'],
          },
          { id: 'RUS', names: ['Russländische Föderation'] },
        ],
        triggers: [{ type: 'THREATENS', lang: 'de', pos: 'verb', phrases: ['bedrängt'] }],
        cues: { hedges: { de: ['gerüchteweise'] } },
      }),
      'my-lexicon.json',
    );
    const read = (text: string) =>
      extract(text, {}, lexicon).mentions.map(
        (m) => `${m.source} ${m.type} ${m.target} ${m.modality}`,
      );
    expect(read('Die Russländische Föderation bedrängt Tiflis gerüchteweise.')).toEqual([
      'RUS THREATENS GEO HEDGED',
    ]);
    expect(lexicon.actors.get('RUS')?.name).toBe('Russia');
    // The built-in lexicon is left as it was.
    expect(builtinLexicon().actors.has('GEO')).toBe(false);
  });

  it('adds office holders with dates', () => {
    const lexicon = userLexicon(
      JSON.stringify({
        persons: [
          {
            id: 'JANE_DOE',
            name: 'Jane Doe',
            aliases: ['Jane Doe'],
            offices: [{ actor: 'NOR', from: '2030-01-01', to: null }],
          },
        ],
      }),
    );
    const [m] = extract(
      'Jane Doe said Russia threatens Europe.',
      { date: '2031-01-01' },
      lexicon,
    ).mentions;
    expect(m?.claimant).toBe('NOR');
  });

  it.each([
    [
      { actors: [{ id: 'X', name: 'X', kind: 'COUNTRY' }] },
      /my\.json: actors\[0\] \(id "X"\)\.kind must be/,
    ],
    [{ actors: 'RUS' }, /my\.json: actors must be an array/],
    [
      { triggers: [{ type: 'LOVES', lang: 'de', pos: 'verb', phrases: ['liebt'] }] },
      /triggers\[0\]\.type must be/,
    ],
    [
      { persons: [{ id: 'P', name: 'P', offices: [{ actor: 'RUS', from: '10.11.2024' }] }] },
      /persons\[0\] \(id "P"\)\.offices\[0\]\.from must be an ISO date/,
    ],
    [{ cues: { nonsense: { de: ['x'] } } }, /cues\.nonsense is not a cue list/],
    [{ actor: [] }, /"actor" is not a part of a lexicon/],
    [[1, 2], /my\.json: must be a JSON object/],
  ])('rejects a bad entry with an error naming it: %j', (user, message) => {
    expect(() => mergeLexicon(builtinLexiconData(), user, 'my.json')).toThrow(LexiconError);
    expect(() => mergeLexicon(builtinLexiconData(), user, 'my.json')).toThrow(message);
  });

  it('rejects an office of an unknown actor and a file that is not JSON', () => {
    const office = {
      persons: [{ id: 'P', name: 'P', aliases: ['P'], offices: [{ actor: 'XXX' }] }],
    };
    expect(() => userLexicon(JSON.stringify(office), 'my.json')).toThrow(
      /my\.json: .*office of P names unknown actor XXX/,
    );
    expect(() => userLexicon('{ actors: [', 'my.json')).toThrow(/my\.json: not valid JSON/);
  });
});
