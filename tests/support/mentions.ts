// The check that crash tests share: a stored article holds exactly the mentions extract() gives
// for it — none missing (half-written), none twice (a replayed write).

import type { Article } from '../../server/src/domain';
import { MODALITIES } from '../../server/src/domain';
import { extract } from '../../server/src/extract';
import type { GraphStore } from '../../server/src/store/store';

interface MentionKey {
  source: string;
  type: string;
  target: string;
  modality: string;
  start: number;
  end: number;
}

const signature = (m: MentionKey) =>
  `${m.source}|${m.type}|${m.target}|${m.modality}|${m.start}|${m.end}`;

/** What ingest extracts for an article: each paragraph's own language, the article's date. */
export function expectedMentions(article: Article): string[] {
  return extract(article.text, { date: article.publishedAt }).mentions.map(signature).sort();
}

/** Stored mention signatures by article id, read through the store's own API. */
export async function storedMentions(store: GraphStore): Promise<Map<string, string[]>> {
  const graph = await store.graph({ modalities: MODALITIES });
  const evidence = graph.edges.length ? await store.evidence(graph.edges.map((e) => e.id)) : [];
  const byArticle = new Map<string, string[]>();
  for (const item of evidence) {
    const list = byArticle.get(item.articleId) ?? [];
    list.push(signature(item));
    byArticle.set(item.articleId, list);
  }
  for (const list of byArticle.values()) list.sort();
  return byArticle;
}

/** Stored articles whose mentions are not exactly what extract() gives: partial or doubled. */
export function partialArticles(
  articles: readonly Article[],
  stored: Map<string, string[]>,
): string[] {
  return articles
    .filter((a) => JSON.stringify(stored.get(a.id) ?? []) !== JSON.stringify(expectedMentions(a)))
    .map((a) => a.id);
}
