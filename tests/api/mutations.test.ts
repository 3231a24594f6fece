import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api';

const ENGLISH = 'Russia supplies North Korea with missiles. China threatens Taiwan.';

describe('the correction mutations', () => {
  let api: TestApi;
  beforeEach(async () => {
    api = await createTestApi();
  });
  afterEach(() => api.cleanup());

  const ingest = async (text: string) => {
    const result = await api.query<{ ingestArticle: { article: { id: string } } }>(
      'mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }',
      { input: { text, publishedAt: '2025-01-02T00:00:00Z', source: 'Test Wire' } },
    );
    return result.data!.ingestArticle.article.id;
  };
  const stats = async () =>
    (
      await api.query<{ stats: { articles: number; mentions: number } }>(
        '{ stats { articles mentions } }',
      )
    ).data!.stats;

  it('deletes an article with its mentions, and reports false for one it does not hold', async () => {
    const before = await stats();
    const id = await ingest(ENGLISH);
    const remove = 'mutation($id: ID!) { deleteArticle(id: $id) }';
    expect((await api.query<{ deleteArticle: boolean }>(remove, { id })).data?.deleteArticle).toBe(
      true,
    );
    expect(await stats()).toEqual(before);
    expect((await api.query<{ deleteArticle: boolean }>(remove, { id })).data?.deleteArticle).toBe(
      false,
    );
  });

  it('merges one actor into another, moving its relations', async () => {
    const merged = await api.query<{ mergeActors: { id: string; aliases: string[] } }>(
      'mutation { mergeActors(keepId: "PRK", dropId: "CAN") { id aliases } }',
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.mergeActors.id).toBe('PRK');
    expect(merged.data?.mergeActors.aliases).toContain('Canada');
    const gone = await api.query<{ actor: null }>('{ actor(id: "CAN") { id } }');
    expect(gone.data?.actor).toBeNull();
    const graph = await api.query<{ graph: { edges: { id: string }[] } }>(
      '{ graph { edges { id } } }',
    );
    expect(graph.data!.graph.edges.map((e) => e.id).filter((id) => id.includes('CAN'))).toEqual([]);
  });

  it.each([
    [
      'an unknown actor',
      'mutation { mergeActors(keepId: "PRK", dropId: "XXX") { id } }',
      'NOT_FOUND',
    ],
    [
      'an actor into itself',
      'mutation { mergeActors(keepId: "PRK", dropId: "PRK") { id } }',
      'BAD_USER_INPUT',
    ],
    [
      'an alias for an unknown actor',
      'mutation { addAlias(actorId: "XXX", alias: "X") { added } }',
      'NOT_FOUND',
    ],
    [
      'an empty alias',
      'mutation { addAlias(actorId: "PRK", alias: "  ") { added } }',
      'BAD_USER_INPUT',
    ],
    [
      'an alias in an unknown language',
      'mutation { addAlias(actorId: "PRK", alias: "X", lang: "xx") { added } }',
      'BAD_USER_INPUT',
    ],
  ])('refuses to merge or alias %s', async (_, mutation, code) => {
    expect((await api.query(mutation)).errors?.[0]?.extensions?.code).toBe(code);
  });

  it('stores an alias with a lone surrogate as one replacement character', async () => {
    const added = await api.query<{ addAlias: { actor: { aliases: string[] } } }>(
      'mutation($alias: String!) { addAlias(actorId: "PRK", alias: $alias) { actor { aliases } } }',
      { alias: 'Nord\uD800korea' },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addAlias.actor.aliases).toContain('Nord\uFFFDkorea');
    const read = await api.query<{ actor: { aliases: string[] } }>(
      '{ actor(id: "PRK") { aliases } }',
    );
    expect(read.data?.actor.aliases).toContain('Nord\uFFFDkorea');
  });

  it('adds an alias once, and finds the actor by it', async () => {
    const add =
      'mutation { addAlias(actorId: "PRK", alias: "Hermit Kingdom", lang: "en") { added actor { id aliases } } }';
    const first = await api.query<{ addAlias: { added: boolean; actor: { aliases: string[] } } }>(
      add,
    );
    expect(first.data?.addAlias.added).toBe(true);
    expect(first.data?.addAlias.actor.aliases).toContain('Hermit Kingdom');
    expect((await api.query<{ addAlias: { added: boolean } }>(add)).data?.addAlias.added).toBe(
      false,
    );
    const found = await api.query<{ search: { actors: { id: string }[] } }>(
      '{ search(text: "hermit") { actors { id } } }',
    );
    expect(found.data?.search.actors.map((a) => a.id)).toEqual(['PRK']);
  });

  it('re-extracts every article and keeps the graph as the extractor reads it', async () => {
    const before = await api.query('{ graph { edges { id evidenceCount } } }');
    const result = await api.query<{ reextract: { articles: number; mentions: number } }>(
      'mutation { reextract { articles mentions } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.reextract.articles).toBe(1);
    expect(result.data?.reextract.mentions).toBe((await stats()).mentions);
    expect(await api.query('{ graph { edges { id evidenceCount } } }')).toEqual(before);
  });

  it.each([
    ['deleteArticle', 'mutation { deleteArticle(id: "x") }'],
    ['mergeActors', 'mutation { mergeActors(keepId: "PRK", dropId: "CAN") { id } }'],
    ['addAlias', 'mutation { addAlias(actorId: "PRK", alias: "X") { added } }'],
    ['reextract', 'mutation { reextract { articles } }'],
  ])(
    'refuses %s without the token when API_TOKEN is set, changing nothing',
    async (_, mutation) => {
      const guarded = await createTestApi({ settings: { apiToken: 's3cret-token' } });
      try {
        const before = await guarded.query(
          '{ stats { actors articles mentions } corrections: actors { totalCount } }',
        );
        const result = await guarded.query(mutation);
        expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(
          await guarded.query(
            '{ stats { actors articles mentions } corrections: actors { totalCount } }',
          ),
        ).toEqual(before);
      } finally {
        await guarded.cleanup();
      }
    },
  );
});
