// The ingest pipeline: validate → extract → store, for one article.

import type { Article } from '../domain';
import { extract } from '../extract';
import type { GraphStore, IngestOutcome } from '../store/store';
import { articleId } from './normalise';
import { validateSubmission, type ArticleSubmission } from './validate';

export async function ingestArticle(
  store: GraphStore,
  submission: ArticleSubmission,
  now: Date = new Date(),
): Promise<IngestOutcome> {
  const { text, meta, lang } = validateSubmission(submission);
  const id = articleId(text);
  // Skip extraction for text already stored; the store's own check keeps this race-free.
  const existing = await store.article(id);
  if (existing) return { article: existing, created: false };
  const extraction = extract(text, { lang: lang ?? undefined, date: meta.publishedAt });
  const article: Article = {
    ...meta,
    id,
    lang: lang ?? extraction.lang,
    text,
    ingestedAt: now.toISOString(),
  };
  return store.ingest(article, { actors: extraction.actors, mentions: extraction.mentions });
}
