// Property-based tests of the ingestArticle mutation through yoga.fetch: random and adversarial
// input in every field either ingests (and the stored mentions slice out of the stored text) or
// is refused with a coded GraphQL error. Never a masked "Unexpected error", never a 5xx.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type GraphQLResponse, type TestApi } from '../support/api';
import { articleText, oddChar } from './arbitraries';
import { runs } from './check';

const INGEST = `mutation($input: ArticleInput!) {
  ingestArticle(input: $input) {
    created
    article { id text lang title publishedAt
      mentions { sentence start end modality relationId claimant { id } } }
  }
}`;

interface Ingested {
  ingestArticle: {
    created: boolean;
    article: {
      id: string;
      text: string;
      lang: string;
      title: string | null;
      mentions: {
        sentence: string;
        start: number;
        end: number;
        relationId: string;
        claimant: { id: string } | null;
      }[];
    };
  };
}

/** Codes a client may see for bad input; anything else (or no code) is a crash. */
const INPUT_CODES = ['BAD_USER_INPUT'];

const shortText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(oddChar, { maxLength: 6 }).map((chars) => chars.join('')),
  fc.constantFrom('', ' ', '\u0000', '<script>alert(1)</script>', "' OR 1=1 --", 'x'.repeat(2001)),
);
const optional = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.option(arbitrary, { nil: undefined, freq: 3 });

const input = fc.record(
  {
    text: articleText,
    title: optional(fc.option(shortText)),
    url: optional(
      fc.oneof(
        shortText,
        fc.webUrl(),
        fc.constantFrom('javascript:alert(1)', 'file:///etc/passwd', 'http://', 'https://[::1]/'),
      ),
    ),
    source: optional(shortText),
    author: optional(shortText),
    publishedAt: optional(
      fc.oneof(
        shortText,
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.constantFrom('2024-11-10', '2024-02-30T00:00:00Z', '+275760-09-13T00:00:00.000Z', '0'),
      ),
    ),
    lang: optional(fc.oneof(fc.constantFrom('de', 'en', 'DE', 'fr', 'de-CH', ''), shortText)),
  },
  { requiredKeys: ['text'] },
);

/** Values of the wrong shape where the schema wants an ArticleInput. */
const wrongShape = fc.oneof(
  fc.jsonValue(),
  fc.record({ text: fc.jsonValue() }),
  fc.record({ text: articleText, lang: fc.jsonValue(), extra: fc.jsonValue() }),
);

describe('the ingestArticle mutation under random and adversarial input', () => {
  let api: TestApi;
  let created = 0;
  beforeAll(async () => {
    api = await createTestApi({ seed: false });
  });
  afterAll(() => api.cleanup());

  const codesOf = (response: GraphQLResponse<unknown>) =>
    (response.errors ?? []).map((error) => error.extensions?.code);

  it('ingests any input or refuses it with BAD_USER_INPUT, and stored offsets stay valid', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (variables) => {
        const response = await api.query<Ingested>(INGEST, { input: variables });
        expect(response.status).toBeLessThan(500);
        if (response.errors) {
          expect(response.data ?? null).toBeNull();
          for (const code of codesOf(response)) expect(INPUT_CODES).toContain(code);
          return;
        }
        const result = response.data!.ingestArticle;
        if (result.created) created += 1;
        const { article } = result;
        expect(article.id).toMatch(/^[0-9a-f]{64}$/);
        expect(['de', 'en']).toContain(article.lang);
        for (const mention of article.mentions) {
          expect(article.text.slice(mention.start, mention.end)).toBe(mention.sentence);
          expect(mention.relationId).toMatch(/^[^:]+:[A-Z_]+:[^:]+$/);
        }
      }),
      { numRuns: runs(2000) },
    );
    // Not vacuous: many generated articles were valid and stored (random metadata refuses others).
    expect(created).toBeGreaterThan(runs(2000) / 10);
  });

  it('stores a text with lone surrogates so that offsets still slice out the sentence', async () => {
    const text = 'Vorwort\uD800. Russland\uDC00 liefert Nordkorea Raketen.';
    const response = await api.query<Ingested>(INGEST, { input: { text } });
    const { article } = response.data!.ingestArticle;
    expect(article.text).toBe('Vorwort\uFFFD. Russland\uFFFD liefert Nordkorea Raketen.');
    expect(article.mentions).toHaveLength(1);
    for (const m of article.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.sentence);
  });

  it('refuses input of the wrong shape with BAD_USER_INPUT', async () => {
    await fc.assert(
      fc.asyncProperty(wrongShape, async (value) => {
        const response = await api.query(INGEST, { input: value });
        expect(response.status).toBeLessThan(500);
        if (!response.errors) return; // e.g. { text: "…" } happens to be a valid article
        for (const code of codesOf(response)) expect(INPUT_CODES).toContain(code);
      }),
      { numRuns: runs(500) },
    );
  });

  it('answers the same text twice with created: false and the same id', async () => {
    await fc.assert(
      fc.asyncProperty(
        articleText.filter((text) => text.trim() !== ''),
        async (text) => {
          const first = await api.query<Ingested>(INGEST, { input: { text: `${text} Nr. 1` } });
          const second = await api.query<Ingested>(INGEST, { input: { text: `${text} Nr. 1` } });
          if (first.errors) {
            // Only text over the size limit may be refused, and then both times.
            expect(codesOf(second)).toEqual(codesOf(first));
            return;
          }
          expect(second.data?.ingestArticle.created).toBe(false);
          expect(second.data?.ingestArticle.article.id).toBe(first.data?.ingestArticle.article.id);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
