// The extractor as the store's re-extraction wants it: one stored article in, its graph out.
// Told no language, like ingest: extraction detects each paragraph's own (English quotes in a
// German article), so re-extraction reads an article exactly as its ingest did.

import type { ArticleGraph } from '../../domain';
import { extract } from '../../extract';
import type { ExtractFn } from '../../store/store';

export const reextractArticle: ExtractFn = (article): ArticleGraph => {
  const { actors, mentions } = extract(article.text, { date: article.publishedAt });
  return { actors, mentions };
};
