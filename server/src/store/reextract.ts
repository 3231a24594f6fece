// Re-extraction over every stored article, one transaction per article, for both stores: the
// store stays free of extraction, which comes in as a function.

import type { Article, ArticleGraph } from '../domain';
import type { ExtractFn, ReextractOutcome } from './store';

export interface ReextractTarget {
  /** Every stored article id, sorted. */
  articleIds(): Promise<string[]>;
  article(id: string): Promise<Article | null>;
  replaceMentions(articleId: string, graph: ArticleGraph): Promise<boolean>;
}

export async function reextractAll(
  target: ReextractTarget,
  extract: ExtractFn,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ReextractOutcome> {
  const ids = await target.articleIds();
  let articles = 0;
  let mentions = 0;
  for (const [index, id] of ids.entries()) {
    // Read one at a time: an archive's texts need not fit in memory together.
    const article = await target.article(id);
    if (article) {
      const graph = await extract(article);
      // An article deleted meanwhile is skipped, not recreated.
      if (await target.replaceMentions(id, graph)) {
        articles += 1;
        mentions += graph.mentions.length;
      }
    }
    onProgress(index + 1, ids.length);
  }
  return { articles, mentions };
}
