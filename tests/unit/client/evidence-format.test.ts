// Trigger highlighting and corroboration counts shown in the evidence panel.

import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../client/src/api/types';
import { corroboration, inReadingOrder } from '../../../client/src/panels/format';
import { splitOnTrigger } from '../../../client/src/panels/highlight';
import { parseRelationId } from '../../../client/src/api/operations';

function evidence(overrides: Partial<Evidence>): Evidence {
  return {
    id: 'e',
    sentence: 'Russland liefert Nordkorea Technologie.',
    start: 0,
    end: 39,
    trigger: 'liefert',
    modality: 'ASSERTED',
    confidence: 0.9,
    claimant: null,
    claimantName: null,
    article: { id: 'a1', title: 'T', source: 'blue News', publishedAt: null, url: null },
    ...overrides,
  };
}

describe('splitOnTrigger', () => {
  it('marks the trigger word inside the sentence', () => {
    expect(splitOnTrigger('Russland liefert Nordkorea Technologie.', 'liefert')).toEqual([
      { text: 'Russland ', trigger: false },
      { text: 'liefert', trigger: true },
      { text: ' Nordkorea Technologie.', trigger: false },
    ]);
  });

  it('matches regardless of case and keeps the sentence’s spelling', () => {
    const segments = splitOnTrigger('Bedroht Putin-Kim-Bündnis auch die USA?', 'bedroht');
    expect(segments[0]).toEqual({ text: 'Bedroht', trigger: true });
  });

  it('treats regular-expression characters in the trigger literally', () => {
    expect(splitOnTrigger('a (b) c', '(b)').map((s) => s.trigger)).toEqual([false, true, false]);
  });

  it('leaves the sentence whole when the trigger is not in it', () => {
    expect(splitOnTrigger('Keine Zeit?', 'liefert')).toEqual([
      { text: 'Keine Zeit?', trigger: false },
    ]);
  });
});

describe('corroboration', () => {
  it('counts distinct articles and publishers', () => {
    const c = corroboration([
      evidence({ id: '1' }),
      evidence({ id: '2' }),
      evidence({
        id: '3',
        article: { id: 'a2', title: null, source: 'Reuters', publishedAt: null, url: null },
      }),
    ]);
    expect(c).toEqual({ sentences: 3, articles: 2, publishers: 2, contested: false });
  });

  it('calls a relation contested when it is both asserted and negated', () => {
    expect(
      corroboration([evidence({ id: '1' }), evidence({ id: '2', modality: 'NEGATED' })]).contested,
    ).toBe(true);
    expect(corroboration([evidence({ modality: 'NEGATED' })]).contested).toBe(false);
  });
});

describe('parseRelationId', () => {
  it('splits SOURCE:TYPE:TARGET', () => {
    expect(parseRelationId('RUS:SUPPLIES:PRK')).toEqual({
      source: 'RUS',
      type: 'SUPPLIES',
      target: 'PRK',
    });
    expect(parseRelationId('nonsense')).toBeNull();
  });
});

describe('inReadingOrder', () => {
  it('lists the newest article first and each article in text order', () => {
    const older = {
      id: 'old',
      title: null,
      source: null,
      publishedAt: '2024-01-01T00:00:00Z',
      url: null,
    };
    const newer = {
      id: 'new',
      title: null,
      source: null,
      publishedAt: '2024-11-10T00:00:00Z',
      url: null,
    };
    const ordered = inReadingOrder([
      evidence({ id: 'o1', start: 5, article: older }),
      evidence({ id: 'n2', start: 90, article: newer }),
      evidence({ id: 'n1', start: 10, article: newer }),
    ]);
    expect(ordered.map((e) => e.id)).toEqual(['n1', 'n2', 'o1']);
  });
});
