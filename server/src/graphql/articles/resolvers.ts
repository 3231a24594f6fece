// Resolvers of articles and the ingest mutation.

import type { ArticleSubmission } from '../../ingest/validate';
import { ingestArticle } from '../../ingest/pipeline';
import type { EntenteContext } from '../context';
import { unauthenticated } from '../errors';

export const articleResolvers = {
  Query: {
    article: (_: unknown, args: { id: string }, { loaders }: EntenteContext) =>
      loaders.article.load(args.id),
    articles: (_: unknown, __: unknown, { store }: EntenteContext) => store.articles(),
  },
  Mutation: {
    ingestArticle: async (_: unknown, args: { input: ArticleSubmission }, ctx: EntenteContext) => {
      if (!ctx.mayMutate) throw unauthenticated(ctx.mutationRefusal ?? 'mutations are refused');
      const { publishedAt } = args.input as { publishedAt?: Date | string | null };
      // The DateTime scalar hands over a Date; the pipeline takes ISO strings.
      const iso = publishedAt instanceof Date ? publishedAt.toISOString() : publishedAt;
      return ingestArticle(ctx.store, { ...args.input, publishedAt: iso });
    },
  },
};
