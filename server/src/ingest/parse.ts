// Turns an input file (.txt, .md with front matter, .html) into article text and metadata.

import matter from 'gray-matter';
import { InputError, type ArticleMeta, type Language, LANGUAGES } from '../domain';
import { parseHtml } from './html';

export interface ParsedArticle {
  meta: ArticleMeta;
  /** The article text: the file after any front matter. Offsets refer to this string. */
  text: string;
  /** The language the file declares, if any. */
  lang: Language | null;
}

const EMPTY_META: ArticleMeta = {
  title: null,
  url: null,
  source: null,
  author: null,
  publishedAt: null,
};

export function parseArticleFile(fileName: string, content: string): ParsedArticle {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.txt')) return { meta: { ...EMPTY_META }, text: content, lang: null };
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return parseMarkdown(content);
  if (lower.endsWith('.html') || lower.endsWith('.htm')) {
    const { meta, text, lang } = parseHtml(content);
    return {
      meta: { ...meta, publishedAt: isoDate(meta.publishedAt) },
      text,
      lang: language(lang),
    };
  }
  throw new InputError(`${fileName}: unsupported file type (expected .txt, .md or .html)`);
}

/** The language of a tag such as `de-CH`, when Entente reads it. */
export function language(tag: string | null): Language | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

function isoDate(value: string | null): string | null {
  if (value === null) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function parseMarkdown(content: string): ParsedArticle {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object keeps gray-matter from caching by content across calls.
    parsed = matter(content, {});
  } catch (error) {
    throw new InputError(`front matter is not valid YAML: ${(error as Error).message}`);
  }
  const data = parsed.data as Record<string, unknown>;
  const lang = stringField(data, 'lang');
  return {
    meta: {
      title: stringField(data, 'title'),
      url: stringField(data, 'url'),
      source: stringField(data, 'source') ?? stringField(data, 'publisher'),
      author: stringField(data, 'author'),
      publishedAt: dateField(data, 'publishedAt') ?? dateField(data, 'date'),
    },
    text: parsed.content,
    lang:
      lang !== null && (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : null,
  };
}

function stringField(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

function dateField(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
