import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers';

const DATE = { date: '2024-11-10' };

function claims(text: string): string[] {
  return mentionsOf(text, DATE).map(
    (m) => `${m.source} ${m.type} ${m.target} by ${m.claimant ?? '-'} (${m.claimantName ?? '-'})`,
  );
}

describe('claim attribution', () => {
  it('attributes to the actor a speaker acts for, named by the speaker’s words', () => {
    expect(claims('Russland bedroht Europa, sagt Nato-Generalsekretär Mark Rutte.')).toEqual([
      'RUS THREATENS EUR by NATO (Mark Rutte)',
    ]);
    expect(claims('Mark Rutte warnt, dass Russland Europa bedrohe.')).toEqual([
      'RUS THREATENS EUR by NATO (Mark Rutte)',
    ]);
  });

  it('names an organisation by the shortest of its names in the speaker phrase', () => {
    expect(
      claims(
        'Das Institute for the Study of War (ISW) vermutet, dass Nordkorea die Partnerschaft mit Russland nutzt.',
      ),
    ).toEqual(['PRK ALLIES_WITH RUS by ISW (ISW)']);
  });

  it('reads "so X", "laut X", "according to X" and "X: …" as attribution', () => {
    expect(claims('Russland bedroht die USA, so Rutte.')).toEqual([
      'RUS THREATENS USA by NATO (Rutte)',
    ]);
    expect(claims('Laut ISW bombardiert Russland die Ukraine.')).toEqual([
      'RUS FIGHTS UKR by ISW (ISW)',
    ]);
    expect(claims('Iran has delivered drones to Russia, according to the Pentagon.')).toEqual([
      'IRN SUPPLIES RUS by USA (Pentagon)',
    ]);
    expect(claims('Rutte: Russland, Nordkorea und China bedrohen auch USA')).toEqual([
      'RUS THREATENS USA by NATO (Rutte)',
      'PRK THREATENS USA by NATO (Rutte)',
      'CHN THREATENS USA by NATO (Rutte)',
    ]);
  });

  it('resolves a pronoun speaker to the person named before', () => {
    const text =
      'Am Gipfel spricht Nato-Generalsekretär Mark Rutte. Zuerst betont er, Russland sei eine Gefahr für Europa.';
    expect(claims(text)).toEqual(['RUS THREATENS EUR by NATO (Mark Rutte)']);
  });

  it('carries the speaker into following reported speech and quotes', () => {
    const text =
      'Russland bedroht Europa, sagt Mark Rutte. Kim Jong-un erhalte dank Putin Zugang zu Technologie.\n«Russland liefert Nordkorea Technologie.»';
    expect(claims(text)).toEqual([
      'RUS THREATENS EUR by NATO (Mark Rutte)',
      'RUS SUPPLIES PRK by NATO (Mark Rutte)',
      'RUS SUPPLIES PRK by NATO (Mark Rutte)',
    ]);
  });

  it('does not carry a speaker into a sentence the text asserts itself', () => {
    const text =
      'Russland bedroht Europa, sagt Mark Rutte. Nordkorea hat Soldaten nach Russland geschickt.';
    expect(claims(text)[1]).toBe('PRK SENDS_TROOPS_TO RUS by - (-)');
  });

  it('leaves the claimant empty when the text asserts the relation', () => {
    expect(claims('North Korea is now able to strike US cities.')).toEqual([
      'PRK THREATENS USA by - (-)',
    ]);
  });
});
