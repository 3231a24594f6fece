// An article exactly as a store gives it back after writing it: absent optional fields read as
// null (SQLite columns and Neo4j properties alike), so an ingest reports what a read would.

import type { Article } from '../domain';

export function storedArticle(article: Article): Article {
  return {
    id: article.id,
    title: article.title ?? null,
    url: article.url ?? null,
    source: article.source ?? null,
    author: article.author ?? null,
    publishedAt: article.publishedAt ?? null,
    lang: article.lang,
    text: article.text,
    ingestedAt: article.ingestedAt,
  };
}
