// The ingest pipeline: validate → extract → store, for one article.

import type { Article, Language } from '../domain';
import { extract } from '../extract';
import type { GraphStore, IngestOutcome } from '../store/store';
import { articleId } from './normalise';
import { validateSubmission, type ArticleSubmission, type ValidSubmission } from './validate';

export async function ingestArticle(
  store: GraphStore,
  submission: ArticleSubmission,
  now: Date = new Date(),
): Promise<IngestOutcome> {
  const valid = validateSubmission(submission);
  const id = articleId(valid.text);
  // Skip extraction for text already stored; the store's own check keeps this race-free.
  const existing = await store.article(id);
  if (existing) return { article: existing, created: false };
  const extraction = extract(valid.text, { date: valid.meta.publishedAt });
  const { actors, mentions } = extraction;
  return store.ingest(buildArticle(valid, id, extraction.lang, now), { actors, mentions });
}

/**
 * The language extraction is told: none. A declared language is the article's, but extraction
 * detects each paragraph's own, so an English quote in a German article is read as English.
 */
export const EXTRACTION_LANG = null;

/** The article record for a validated submission, given the language extraction settled on. */
export function buildArticle(
  { text, meta, lang }: ValidSubmission,
  id: string,
  detected: Language,
  now: Date,
): Article {
  return { ...meta, id, lang: lang ?? detected, text, ingestedAt: now.toISOString() };
}
