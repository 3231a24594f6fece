import { describe, expect, it } from 'vitest';
import { actorMentions, type ExtractOptions } from '../../../server/src/extract';

function ids(text: string, options: ExtractOptions = {}): string[] {
  return actorMentions(text, options).map((m) => m.actor.id);
}

describe('the gazetteer', () => {
  it('finds names in their German and English inflections', () => {
    expect(
      ids('Russland und Russlands Partner, Russia and Russia’s partners, Nordkoreas Armee.'),
    ).toEqual(['RUS', 'RUS', 'RUS', 'RUS', 'PRK']);
  });

  it('reads demonym adjectives with their endings as the actor', () => {
    expect(
      ids(
        'russische, russischer, nordkoreanischen, kanadisches, US-amerikanische und chinesischem',
      ),
    ).toEqual(['RUS', 'RUS', 'PRK', 'CAN', 'USA', 'CHN']);
    expect(ids('Russian help and North Korean soldiers')).toEqual(['RUS', 'PRK']);
  });

  it('reads capitals and seats of government as their state', () => {
    expect(
      ids('Moskau, Kreml, Pjöngjang, Peking, Kiew, Washington, Moscow, Kremlin, Beijing, Kyiv'),
    ).toEqual(['RUS', 'RUS', 'PRK', 'CHN', 'UKR', 'USA', 'RUS', 'RUS', 'CHN', 'UKR']);
  });

  it('splits hyphenated compounds into the actors they name', () => {
    expect(ids('Putin-Kim-Bündnis', { date: '2024-11-10' })).toEqual(['RUS', 'PRK']);
    expect(ids('Nato-Staaten, Nato-Generalsekretär, US-Städte')).toEqual(['NATO', 'NATO', 'USA']);
  });

  it('prefers the longest match', () => {
    const mentions = actorMentions(
      'Die Europäische Union und das Institute for the Study of War (ISW).',
    );
    expect(mentions.map((m) => [m.actor.id, m.text])).toEqual([
      ['EU', 'Europäische Union'],
      ['ISW', 'Institute for the Study of War'],
      ['ISW', 'ISW'],
    ]);
  });

  it('matches acronyms only in capitals', () => {
    expect(ids('The US told us that Kim Jong-un met the UN.', { date: '2024-11-10' })).toEqual([
      'USA',
      'PRK',
      'UN',
    ]);
  });

  it('maps an office holder to the actor of the office held on the date', () => {
    expect(ids('Mark Rutte', { date: '2024-11-10' })).toEqual(['NATO']);
    expect(ids('Rutte', { date: '2020-05-01' })).toEqual(['NLD']);
    expect(ids('Trump', { date: '2019-06-01' })).toEqual(['USA']);
    expect(ids('Trump', { date: '2025-02-01' })).toEqual(['USA']);
  });

  it('keeps a person out of office as a person', () => {
    const [trump] = actorMentions('Donald Trump', { date: '2024-11-10' });
    expect(trump?.actor).toEqual({
      id: 'DONALD_TRUMP',
      name: 'Donald Trump',
      kind: 'PERSON',
      wikidata: 'Q22686',
    });
  });

  it('uses the most recent office when the date is unknown', () => {
    expect(ids('Rutte')).toEqual(['NATO']);
  });

  it('gives offsets that slice back to the words of the mention', () => {
    const text = 'Laut Kreml liefert Nordkorea Granaten.';
    for (const m of actorMentions(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
