import { describe, expect, it } from 'vitest';
import { extract } from '../../../server/src/extract';
import { triplesOf } from './helpers';

const DATE = { date: '2024-11-10' };

describe('relation direction', () => {
  it('lets the subject of a German verb-second clause act on the dative object', () => {
    expect(triplesOf('Russland liefert Nordkorea die neuste Atomwaffen-Technologie.')).toEqual([
      'RUS SUPPLIES PRK',
    ]);
  });

  it('reads German verb-final clauses subject first', () => {
    expect(
      triplesOf(
        'Rutte ist überzeugt, dass Russland neuste Technologie an Nordkorea liefere.',
        DATE,
      ),
    ).toEqual(['RUS SUPPLIES PRK']);
  });

  it('reverses receiving verbs: "A erhalte dank B" means B supplies A', () => {
    expect(
      triplesOf('Kim Jong-un erhalte dank Putin Zugang zu Nuklearwaffen-Technologie.', DATE),
    ).toEqual(['RUS SUPPLIES PRK']);
    expect(triplesOf('Moscow received artillery shells from Pyongyang.')).toEqual([
      'PRK SUPPLIES RUS',
    ]);
  });

  it('expands coordinated actors to all pairs', () => {
    expect(
      triplesOf('Russland, Nordkorea und China bedrohen auch die USA und Kanada.').sort(),
    ).toEqual([
      'CHN THREATENS CAN',
      'CHN THREATENS USA',
      'PRK THREATENS CAN',
      'PRK THREATENS USA',
      'RUS THREATENS CAN',
      'RUS THREATENS USA',
    ]);
  });

  it('lets a cooperation noun phrase act as one subject for all its members', () => {
    expect(
      triplesOf('Die Zusammenarbeit Russlands mit Nordkorea und China gefährde Europa.').sort(),
    ).toEqual([
      'CHN THREATENS EUR',
      'PRK THREATENS EUR',
      'RUS ALLIES_WITH CHN',
      'RUS ALLIES_WITH PRK',
      'RUS THREATENS EUR',
    ]);
  });

  it('reads alliances from hyphenated compounds and "zwischen A und B"', () => {
    expect(triplesOf('Das Putin-Kim-Bündnis wächst.', DATE)).toEqual(['RUS ALLIES_WITH PRK']);
    expect(triplesOf('Die Partnerschaft zwischen Russland und Nordkorea wächst.')).toEqual([
      'RUS ALLIES_WITH PRK',
    ]);
  });

  it('emits symmetric relations in text order', () => {
    expect(triplesOf('Nordkorea nutzt die Partnerschaft mit Russland.')).toEqual([
      'PRK ALLIES_WITH RUS',
    ]);
  });

  it('takes the genitive after a war noun as its actor and the gegen phrase as its target', () => {
    expect(triplesOf('Im Krieg Russlands gegen die Ukraine steht viel auf dem Spiel.')).toEqual([
      'RUS FIGHTS UKR',
    ]);
    expect(
      triplesOf('Frankreich verurteilt den Einmarsch Russlands in die Ukraine.').sort(),
    ).toEqual(['FRA CONDEMNS RUS', 'RUS FIGHTS UKR']);
  });

  it('gives a relative clause the antecedent as subject', () => {
    const triples = triplesOf(
      'Russland liefert Technologie für die nordkoreanischen Soldaten, die an der Seite Russlands gegen die Ukraine kämpfen.',
    );
    expect(triples).toContain('PRK FIGHTS UKR');
    expect(triples).toContain('PRK SUPPORTS RUS');
    expect(triples).not.toContain('UKR FIGHTS PRK');
  });

  it('continues the outer clause after an embedded relative clause', () => {
    expect(triplesOf('Die USA, die die Ukraine unterstützen, kritisieren Russland.')).toEqual([
      'USA SUPPORTS UKR',
      'USA CONDEMNS RUS',
    ]);
  });

  it('reads English possessives and prepositional targets', () => {
    expect(
      triplesOf(
        "North Korea deployed troops to Russia in support of Russia's war in Ukraine.",
      ).sort(),
    ).toEqual(['PRK SENDS_TROOPS_TO RUS', 'PRK SUPPORTS RUS', 'RUS FIGHTS UKR']);
  });

  it('reads passive voice with the by-phrase as the agent', () => {
    expect(triplesOf('Ukraine was attacked by Russia.')).toEqual(['RUS FIGHTS UKR']);
    expect(triplesOf('Die Ukraine wird von Russland angegriffen.')).toEqual(['RUS FIGHTS UKR']);
  });

  it('needs the troops word for sending troops and the separable particle for attacking', () => {
    expect(triplesOf('Nordkorea hat Soldaten nach Russland geschickt.')).toEqual([
      'PRK SENDS_TROOPS_TO RUS',
    ]);
    expect(triplesOf('Nordkorea hat einen Brief nach Russland geschickt.')).toEqual([]);
    expect(triplesOf('Russland greift die Ukraine seit Jahren an.')).toEqual(['RUS FIGHTS UKR']);
  });

  it('never relates an actor to itself', () => {
    expect(triplesOf('Russland und Russland bedrohen Russland.')).toEqual([]);
  });

  it('keeps the speaker out of the relation', () => {
    const triples = triplesOf(
      'Russland bedroht Europa, sagt Nato-Generalsekretär Mark Rutte.',
      DATE,
    );
    expect(triples).toEqual(['RUS THREATENS EUR']);
  });

  it('lists every actor a mention refers to', () => {
    const x = extract('Russland bedroht Europa, sagt Nato-Generalsekretär Mark Rutte.', DATE);
    expect(x.actors.map((a) => a.id).sort()).toEqual(['EUR', 'NATO', 'RUS']);
    expect(x.actors.find((a) => a.id === 'RUS')).toEqual({
      id: 'RUS',
      name: 'Russia',
      kind: 'STATE',
      wikidata: 'Q159',
    });
  });
});
