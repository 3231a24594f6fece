// Resolvers of articles: lists, ingest, delete and re-extraction.

import { InputError, type Article } from '../../domain';
import type { ArticleSubmission } from '../../ingest/validate';
import { ingestArticle } from '../../ingest/pipeline';
import { announce } from '../changes/pubsub';
import { pageLength, storeConnection, type ConnectionArgs } from '../connection';
import { requireMutation, type EntenteContext } from '../context';
import { reextractArticle } from './reextract';

interface ArticleListArgs {
  search?: string | null;
  from?: string | null;
  to?: string | null;
}

const MAX_SEARCH = 200;

function listOptions(args: ArticleListArgs) {
  const search = args.search?.trim() || undefined;
  if (search !== undefined && search.length > MAX_SEARCH) {
    throw new InputError(`search must have at most ${MAX_SEARCH} characters`);
  }
  return { search, from: args.from ?? undefined, to: args.to ?? undefined };
}

export const articleResolvers = {
  Query: {
    article: (_: unknown, args: { id: string }, { loaders }: EntenteContext) =>
      loaders.article.load(args.id),
    articles: async (
      _: unknown,
      args: ArticleListArgs & { first?: number | null },
      { store }: EntenteContext,
    ) => {
      const options = listOptions(args);
      const first = args.first === undefined || args.first === null ? null : pageLength(args.first);
      // Without arguments, the list as it always was: every article.
      if (first === null && !options.search && !options.from && !options.to) {
        return store.articles();
      }
      const items: Article[] = [];
      let after: string | null = null;
      for (;;) {
        const want: number = first === null ? 500 : first - items.length;
        const page = await store.articlesPage({ ...options, first: Math.min(want, 500), after });
        items.push(...page.items);
        if (!page.hasNextPage || (first !== null && items.length >= first)) return items;
        after = page.endCursor;
      }
    },
    articlesConnection: (
      _: unknown,
      args: ArticleListArgs & ConnectionArgs,
      { store }: EntenteContext,
    ) => {
      const options = listOptions(args);
      return storeConnection('articles', args, (page) =>
        store.articlesPage({ ...options, ...page }),
      );
    },
  },
  Article: {
    publisher: (article: Article) => article.source,
    mentions: (article: Article, _: unknown, { loaders }: EntenteContext) =>
      loaders.articleMentions.load(article.id),
  },
  Mutation: {
    ingestArticle: async (_: unknown, args: { input: ArticleSubmission }, ctx: EntenteContext) => {
      requireMutation(ctx);
      const { publishedAt } = args.input as { publishedAt?: Date | string | null };
      // The DateTime scalar hands over a Date; the pipeline takes ISO strings.
      const iso = publishedAt instanceof Date ? publishedAt.toISOString() : publishedAt;
      const outcome = await ingestArticle(ctx.store, { ...args.input, publishedAt: iso });
      if (outcome.created) announce(ctx.changes, 'INGEST', outcome.article.id);
      return outcome;
    },
    deleteArticle: async (_: unknown, args: { id: string }, ctx: EntenteContext) => {
      requireMutation(ctx);
      const deleted = await ctx.store.deleteArticle(args.id);
      if (deleted) announce(ctx.changes, 'DELETE', args.id);
      return deleted;
    },
    reextract: async (_: unknown, __: unknown, ctx: EntenteContext) => {
      requireMutation(ctx);
      const outcome = await ctx.store.reextract(reextractArticle);
      announce(ctx.changes, 'REEXTRACT');
      return outcome;
    },
  },
};
