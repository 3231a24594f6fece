// Articles: the texts relations are read from, with what is known of their origin.

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface ArticleMeta {
  title: string | null;
  url: string | null;
  /** Publisher (e.g. "blue News"); filters and counts call it `publisher`. */
  source: string | null;
  author: string | null;
  /** ISO 8601 date-time, or null when unknown. */
  publishedAt: string | null;
}

export interface Article extends ArticleMeta {
  /** SHA-256 (hex) of the normalised text. */
  id: string;
  lang: Language;
  text: string;
  /** ISO 8601 date-time of the first ingest. */
  ingestedAt: string;
}
