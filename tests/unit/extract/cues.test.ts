// One test per cue, each in German and English: attribution, hedge, negation, denial, question,
// reported speech and quote attribution.

import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers';

const DATE = { date: '2024-11-10' };

/** "SOURCE TYPE TARGET MODALITY by CLAIMANT" for each relation of the text. */
function read(text: string): string[] {
  return mentionsOf(text, DATE).map(
    (m) => `${m.source} ${m.type} ${m.target} ${m.modality} by ${m.claimant ?? '-'}`,
  );
}

describe('attribution cues', () => {
  it.each([
    ['de', 'Russland bedroht Europa, sagt Rutte.'],
    ['de', 'Rutte warnt, dass Russland Europa bedrohe.'],
    ['de', 'Rutte betont, Russland bedrohe Europa.'],
    ['de', 'Rutte schreibt, Russland bedrohe Europa.'],
    ['de', 'Rutte erklärt, Russland bedrohe Europa.'],
    ['de', 'Russland bedroht Europa, so Rutte.'],
    ['en', 'Russia threatens Europe, Rutte said.'],
    ['en', 'Rutte warned that Russia threatens Europe.'],
    ['en', 'Rutte stressed that Russia threatens Europe.'],
  ])('names the speaker of a speech verb as claimant (%s: %s)', (_, text) => {
    expect(read(text)).toEqual(['RUS THREATENS EUR ASSERTED by NATO']);
  });

  it.each([
    ['de', 'Laut ISW liefert Russland Nordkorea Raketen.'],
    ['de', 'Nach Angaben von ISW liefert Russland Nordkorea Raketen.'],
    ['en', 'Russia supplies North Korea with missiles, according to the ISW.'],
  ])('names the source of "laut", "nach Angaben von", "according to" (%s: %s)', (_, text) => {
    expect(read(text)).toEqual(['RUS SUPPLIES PRK ASSERTED by ISW']);
  });

  it.each([
    ['de', 'Das ISW vermutet, dass Russland Nordkorea Raketen liefert.', 'HEDGED'],
    [
      'de',
      'Das ISW hält es für wahrscheinlich, dass Russland Nordkorea Raketen liefert.',
      'HEDGED',
    ],
    ['en', 'The ISW believes that Russia supplies North Korea with missiles.', 'ASSERTED'],
  ])('reads an assessing verb as attribution (%s: %s)', (_, text, modality) => {
    expect(read(text)).toEqual([`RUS SUPPLIES PRK ${modality} by ISW`]);
  });
});

describe('quote attribution', () => {
  it.each([
    ['de', '«Russland liefert Nordkorea Raketen», sagt Rutte.'],
    ['de', 'Rutte: «Russland liefert Nordkorea Raketen.»'],
    ['en', '“Russia supplies North Korea with missiles,” Rutte said.'],
    ['en', 'Rutte: “Russia supplies North Korea with missiles.”'],
  ])('attributes a quote to the speaker after or before it (%s: %s)', (_, text) => {
    expect(read(text)).toEqual(['RUS SUPPLIES PRK ASSERTED by NATO']);
  });

  it('continues the speaker into a following quote', () => {
    expect(read('Rutte warnt vor Russland.\n«Russland liefert Nordkorea Raketen.»')).toEqual([
      'RUS SUPPLIES PRK ASSERTED by NATO',
    ]);
    expect(
      read('Russia threatens Europe, Rutte said. “Russia supplies North Korea with missiles.”'),
    ).toEqual(['RUS THREATENS EUR ASSERTED by NATO', 'RUS SUPPLIES PRK ASSERTED by NATO']);
  });
});

describe('reported speech', () => {
  it('lets Konjunktiv I continue the last speaker, without hedging', () => {
    expect(
      read('Rutte betont, Russland bedrohe Europa. Nordkorea liefere Russland Granaten.'),
    ).toEqual(['RUS THREATENS EUR ASSERTED by NATO', 'PRK SUPPLIES RUS ASSERTED by NATO']);
  });

  it('does not continue a speaker into an indicative sentence', () => {
    expect(
      read('Russia threatens Europe, Rutte said. North Korea supplies Russia with shells.'),
    ).toEqual(['RUS THREATENS EUR ASSERTED by NATO', 'PRK SUPPLIES RUS ASSERTED by -']);
  });
});

describe('hedge cues', () => {
  it.each([
    ['de', 'Russland liefert Nordkorea vermutlich Raketen.'],
    ['de', 'Russland liefert Nordkorea wahrscheinlich Raketen.'],
    ['de', 'Russland liefert Nordkorea angeblich Raketen.'],
    ['de', 'Russland liefert Nordkorea mutmaßlich Raketen.'],
    ['de', 'Russland soll Nordkorea Raketen liefern.'],
    ['de', 'Russland könnte Nordkorea Raketen liefern.'],
    ['de', 'Russland scheint Nordkorea Raketen zu liefern.'],
    ['en', 'Russia likely supplies North Korea with missiles.'],
    ['en', 'Russia reportedly supplies North Korea with missiles.'],
    ['en', 'Russia allegedly supplied missiles to North Korea.'],
    ['en', 'Russia may supply missiles to North Korea.'],
    ['en', 'Russia might supply missiles to North Korea.'],
    ['en', 'Russia could supply missiles to North Korea.'],
    ['en', 'Russia is suspected to supply missiles to North Korea.'],
  ])('marks the relation as HEDGED (%s: %s)', (_, text) => {
    expect(read(text)).toEqual(['RUS SUPPLIES PRK HEDGED by -']);
  });
});

describe('negation cues', () => {
  it.each([
    ['de', 'Russland liefert Nordkorea nicht.'],
    ['de', 'Russland liefert Nordkorea keine Raketen.'],
    ['de', 'Russland hat Nordkorea nie Raketen geliefert.'],
    ['en', 'Russia does not supply missiles to North Korea.'],
    ['en', 'Russia supplies no missiles to North Korea.'],
    ['en', 'Russia has never supplied missiles to North Korea.'],
  ])('marks the relation as NEGATED (%s: %s)', (_, text) => {
    expect(read(text)).toEqual(['RUS SUPPLIES PRK NEGATED by -']);
  });

  it.each([
    ['de', 'Russland unterstützt Nordkorea, ohne China zu bedrohen.'],
    ['en', 'Russia supports North Korea without threatening China.'],
  ])('negates only what follows "ohne … zu" / "without" (%s)', (_, text) => {
    expect(read(text)).toEqual([
      'RUS SUPPORTS PRK ASSERTED by -',
      'RUS THREATENS CHN NEGATED by -',
    ]);
  });

  it.each([
    ['de', 'Teheran bestreitet, Waffen an Moskau zu liefern.'],
    ['de', 'Teheran dementiert, Waffen an Moskau geliefert zu haben.'],
    ['de', 'Teheran weist Berichte zurück, wonach der Iran Waffen an Moskau liefert.'],
    ['en', 'Tehran denied supplying weapons to Moscow.'],
    ['en', 'Tehran rejected reports that Iran supplies weapons to Moscow.'],
  ])('negates what a denial denies (%s: %s)', (_, text) => {
    expect(read(text).map((r) => r.split(' by ')[0])).toEqual(['IRN SUPPLIES RUS NEGATED']);
  });
});

describe('questions', () => {
  it.each([
    ['de', 'Liefert Russland Nordkorea Raketen?'],
    ['en', 'Does Russia supply missiles to North Korea?'],
  ])('marks the relations of a question as QUESTION (%s)', (_, text) => {
    expect(read(text)).toEqual(['RUS SUPPLIES PRK QUESTION by -']);
  });
});
