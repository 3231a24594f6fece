import { describe, expect, it } from 'vitest';
import { extract } from '../../../server/src/extract';
import { score } from './gold-score';
import { readArticle, readGold, SEED, SEED_GOLD } from './helpers';

const { text, date } = readArticle(SEED);
const extraction = extract(text, { date });
const gold = readGold(SEED_GOLD);

function has(source: string, type: string, target: string) {
  return extraction.mentions.filter(
    (m) => m.source === source && m.type === type && m.target === target,
  );
}

describe('the seed article', () => {
  it('is read as German', () => {
    expect(extraction.lang).toBe('de');
  });

  it('yields the three edges the product card requires, each with its sentence as evidence', () => {
    for (const [source, type, target] of [
      ['RUS', 'SUPPLIES', 'PRK'],
      ['RUS', 'ALLIES_WITH', 'PRK'],
      ['RUS', 'THREATENS', 'USA'],
    ] as const) {
      const mentions = has(source, type, target);
      expect(mentions.length, `${source} ${type} ${target}`).toBeGreaterThan(0);
      for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.sentence);
    }
  });

  it('mentions Russia, North Korea, China, NATO and the USA', () => {
    const used = new Set(extraction.mentions.flatMap((m) => [m.source, m.target, m.claimant]));
    for (const id of ['RUS', 'PRK', 'CHN', 'NATO', 'USA']) expect(used.has(id), id).toBe(true);
    const actors = new Set(extraction.actors.map((a) => a.id));
    for (const id of used) if (id !== null) expect(actors.has(id), id).toBe(true);
  });

  it('finds every required gold triple, with a gold claimant, and no forbidden one', () => {
    const result = score(extraction.mentions, gold);
    expect(result.forbiddenFound).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.claimants.mismatched).toEqual([]);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('marks the title question as QUESTION and the ISW assessment as HEDGED by ISW', () => {
    const title = extraction.mentions.filter((m) =>
      m.sentence.includes('Bedroht Putin-Kim-Bündnis auch die USA?'),
    );
    expect(title.filter((m) => m.type === 'THREATENS').length).toBeGreaterThan(0);
    for (const m of title) expect(m.modality).toBe('QUESTION');
    const isw = extraction.mentions.filter((m) =>
      m.sentence.includes('vermutet, dass Nordkorea die Partnerschaft'),
    );
    expect(isw.length).toBeGreaterThan(0);
    for (const m of isw) expect([m.modality, m.claimant]).toEqual(['HEDGED', 'ISW']);
    const likely = extraction.mentions.filter((m) =>
      m.sentence.includes('hält es aber für wahrscheinlich'),
    );
    expect(likely.length).toBeGreaterThan(0);
    for (const m of likely) expect([m.modality, m.claimant]).toEqual(['HEDGED', 'ISW']);
  });

  it('asserts no delivery of the missiles the text negates', () => {
    const missiles = extraction.mentions.filter((m) =>
      m.sentence.includes('keine mit Atom-Sprengköpfen'),
    );
    for (const m of missiles)
      expect(m.type === 'SUPPLIES' && m.modality === 'ASSERTED').toBe(false);
  });

  it('attributes the secretary general’s statements to NATO, named "Mark Rutte"', () => {
    const rutte = extraction.mentions.find((m) =>
      m.sentence.startsWith('Die enge militärische Zusammenarbeit'),
    );
    expect(rutte).toMatchObject({
      claimant: 'NATO',
      claimantName: 'Mark Rutte',
      modality: 'ASSERTED',
    });
  });
});
