import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actsForId } from '../../server/src/graphql/actors/acts-for';
import { createTestApi, type TestApi } from '../support/api';

const INGEST = /* GraphQL */ `
  mutation Ingest($input: ArticleInput!) {
    ingestArticle(input: $input) {
      created
    }
  }
`;

interface ActorActsFor {
  actor: { id: string; kind: string; actsFor: { id: string; name: string; kind: string } | null };
}

describe('Actor.actsFor', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: false });
    // Out of office in mid-2024, so the extractor keeps Trump as a person.
    await api.query(INGEST, {
      input: {
        text: 'Donald Trump threatens Canada with tariffs.',
        title: 'Tariffs',
        publishedAt: '2024-06-01T10:00:00Z',
      },
    });
  });
  afterAll(() => api.cleanup());

  it('gives a person out of office on the article date the actor of their latest office', async () => {
    const result = await api.query<ActorActsFor>(
      '{ actor(id: "DONALD_TRUMP") { id kind actsFor { id name kind } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.actor).toMatchObject({
      id: 'DONALD_TRUMP',
      kind: 'PERSON',
      actsFor: { id: 'USA', kind: 'STATE' },
    });
  });

  it('is null for actors that are not persons', async () => {
    const result = await api.query<ActorActsFor>('{ actor(id: "CAN") { id kind actsFor { id } } }');
    expect(result.data?.actor.actsFor).toBeNull();
  });

  it('uses the office held on the day, else the latest one', () => {
    expect(actsForId('MARK_RUTTE', '2020-01-01')).toBe('NLD');
    expect(actsForId('MARK_RUTTE', '2024-08-01')).toBe('NATO');
    expect(actsForId('JENS_STOLTENBERG', '2019-05-01')).toBe('NATO');
    expect(actsForId('NO_SUCH_PERSON')).toBeNull();
  });
});
