import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api';

const INGEST = /* GraphQL */ `
  mutation Ingest($input: ArticleInput!) {
    ingestArticle(input: $input) {
      created
      article {
        id
        title
        lang
        publishedAt
      }
    }
  }
`;

interface IngestData {
  ingestArticle: {
    created: boolean;
    article: { id: string; title: string | null; lang: string; publishedAt: string | null };
  };
}

const ENGLISH =
  'Russia supplies North Korea with missiles, officials said. China threatens Taiwan.';

async function counts(api: TestApi) {
  const result = await api.query<{ articles: unknown[]; graph: { edges: unknown[] } }>(
    '{ articles { id } graph(filter: { modalities: [ASSERTED, HEDGED, NEGATED, QUESTION] }) { edges { id evidenceCount } } }',
  );
  return result.data;
}

describe('the ingestArticle mutation', () => {
  let api: TestApi;
  beforeEach(async () => {
    api = await createTestApi({ seed: false });
  });
  afterEach(() => api.cleanup());

  it('creates an article the first time and reports it unchanged the second time', async () => {
    const input = { text: ENGLISH, title: 'Test', publishedAt: '2024-11-01T10:00:00Z' };
    const first = await api.query<IngestData>(INGEST, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestArticle.created).toBe(true);
    expect(first.data?.ingestArticle.article.lang).toBe('en');
    const before = await counts(api);

    const second = await api.query<IngestData>(INGEST, { input });
    expect(second.data?.ingestArticle.created).toBe(false);
    expect(second.data?.ingestArticle.article.id).toBe(first.data?.ingestArticle.article.id);
    expect(await counts(api)).toEqual(before);
  });

  it('treats text that differs only in line ends and spacing as the same article', async () => {
    await api.query(INGEST, { input: { text: ENGLISH } });
    const again = await api.query<IngestData>(INGEST, {
      input: { text: `  ${ENGLISH.replace(' ', '   ')}\r\n` },
    });
    expect(again.data?.ingestArticle.created).toBe(false);
  });

  it.each([
    ['empty text', { text: '   \n ' }],
    ['text over 5 MB', { text: 'Russland liefert Nordkorea Waffen. '.repeat(160_000) }],
    ['an unknown language', { text: ENGLISH, lang: 'xx' }],
    ['a date that is no date', { text: ENGLISH, publishedAt: 'yesterday' }],
    ['a url that is no url', { text: ENGLISH, url: 'javascript:alert(1)' }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_, input) => {
    const before = await counts(api);
    const result = await api.query(INGEST, { input });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts(api)).toEqual(before);
  });

  it('needs the bearer token when API_TOKEN is set', async () => {
    const guarded = await createTestApi({ seed: false, settings: { apiToken: 's3cret-token' } });
    try {
      const refused = await guarded.query(INGEST, { input: { text: ENGLISH } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const wrong = await guarded.query(
        INGEST,
        { input: { text: ENGLISH } },
        {
          authorization: 'Bearer nope',
        },
      );
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const allowed = await guarded.query<IngestData>(
        INGEST,
        { input: { text: ENGLISH } },
        {
          authorization: 'Bearer s3cret-token',
        },
      );
      expect(allowed.data?.ingestArticle.created).toBe(true);
    } finally {
      await guarded.cleanup();
    }
  });

  it('refuses mutations on a server bound beyond loopback without a token', async () => {
    const open = await createTestApi({ seed: false, settings: { host: '0.0.0.0' } });
    try {
      const refused = await open.query(INGEST, { input: { text: ENGLISH } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await open.cleanup();
    }
  });
});
