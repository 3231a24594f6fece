import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers';

function modalities(text: string): string[] {
  return mentionsOf(text, { date: '2024-11-10' }).map(
    (m) => `${m.source} ${m.type} ${m.target} ${m.modality}`,
  );
}

describe('modality', () => {
  it('marks the relations of a question as QUESTION', () => {
    expect(modalities('Bedroht Putin-Kim-Bündnis auch die USA?')).toEqual([
      'RUS ALLIES_WITH PRK QUESTION',
      'RUS THREATENS USA QUESTION',
      'PRK THREATENS USA QUESTION',
    ]);
    expect(modalities('Does China supply weapons to Russia?')).toEqual([
      'CHN SUPPLIES RUS QUESTION',
    ]);
  });

  it('marks hedged relations as HEDGED', () => {
    expect(
      modalities('Das ISW vermutet, dass Nordkorea die Partnerschaft mit Russland nutzt.'),
    ).toEqual(['PRK ALLIES_WITH RUS HEDGED']);
    expect(modalities('China hat Russland möglicherweise Munition geliefert.')).toEqual([
      'CHN SUPPLIES RUS HEDGED',
    ]);
    expect(modalities('Russia will likely keep supplying North Korea with missiles.')).toEqual([
      'RUS SUPPLIES PRK HEDGED',
    ]);
  });

  it('does not read reported speech in Konjunktiv I as hedging', () => {
    expect(modalities('Rutte sagt, Russland liefere Technologie an Nordkorea.')).toEqual([
      'RUS SUPPLIES PRK ASSERTED',
    ]);
  });

  it('marks a relation negated in its own clause as NEGATED', () => {
    expect(modalities('Russland hat keine Waffen an Nordkorea geliefert.')).toEqual([
      'RUS SUPPLIES PRK NEGATED',
    ]);
    expect(modalities('Russland liefert Nordkorea keine Waffen.')).toEqual([
      'RUS SUPPLIES PRK NEGATED',
    ]);
    expect(modalities('Beijing has not delivered weapons to Moscow.')).toEqual([
      'CHN SUPPLIES RUS NEGATED',
    ]);
    expect(modalities('Keine Zusammenarbeit zwischen Russland und China.')).toEqual([
      'RUS ALLIES_WITH CHN NEGATED',
    ]);
  });

  it('leaves a relation asserted when the negation belongs to something else', () => {
    expect(
      modalities(
        'Nordkorea hat zwar Soldaten nach Russland geschickt und keine mit Atom-Sprengköpfen bestückte Raketen.',
      ),
    ).toEqual(['PRK SENDS_TROOPS_TO RUS ASSERTED']);
    expect(modalities('Russland bedroht nicht nur Europa, sondern auch die USA.')).toEqual([
      'RUS THREATENS EUR ASSERTED',
      'RUS THREATENS USA ASSERTED',
    ]);
    expect(modalities("China did not condemn Russia's invasion of Ukraine.")).toEqual([
      'RUS FIGHTS UKR ASSERTED',
      'CHN CONDEMNS RUS NEGATED',
    ]);
  });

  it('negates what a denial verb denies', () => {
    expect(modalities('Teheran bestreitet, Waffen an Moskau zu liefern.')).toEqual([
      'IRN SUPPLIES RUS NEGATED',
    ]);
    expect(modalities('Tehran has denied supplying weapons to Moscow.')).toEqual([
      'IRN SUPPLIES RUS NEGATED',
    ]);
  });

  it('gives lower confidence to noun frames and hedged relations than to asserted verbs', () => {
    const [verb] = mentionsOf('Russland liefert Nordkorea Waffen.');
    const [noun] = mentionsOf('Die Partnerschaft zwischen Russland und Nordkorea wächst.');
    const [hedged] = mentionsOf('Russland liefert Nordkorea möglicherweise Waffen.');
    for (const m of [verb, noun, hedged]) {
      expect(m!.confidence).toBeGreaterThan(0);
      expect(m!.confidence).toBeLessThanOrEqual(1);
    }
    expect(verb!.confidence).toBeGreaterThan(noun!.confidence);
    expect(verb!.confidence).toBeGreaterThan(hedged!.confidence);
  });
});
