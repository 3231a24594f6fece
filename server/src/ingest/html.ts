// Reads a news web page: the article body through Mozilla's Readability (on a linkedom DOM),
// kept as paragraphs, and its metadata from the page's meta tags.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleMeta } from '../domain';

export interface HtmlArticle {
  meta: ArticleMeta;
  text: string;
  /** The page's declared language (`<html lang>`), as written, or null. */
  lang: string | null;
}

/** Elements whose text is one paragraph of the article. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, th, figcaption';

type Doc = ReturnType<typeof parseHTML>['document'];

export function parseHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document it reads.
  const meta = {
    title: metaContent(document, ['og:title', 'twitter:title']) ?? textOf(document, 'title'),
    url: linkHref(document, 'canonical') ?? metaContent(document, ['og:url']),
    source: metaContent(document, ['og:site_name', 'application-name', 'publisher']),
    author: metaContent(document, ['author', 'article:author', 'byl', 'dc.creator']),
    publishedAt: metaContent(document, [
      'article:published_time',
      'datePublished',
      'date',
      'dc.date',
      'pubdate',
    ]),
  };
  const lang = document.documentElement?.getAttribute('lang')?.trim() || null;
  const parsed = new Readability(document as unknown as Document).parse();
  const text = parsed?.content ? paragraphsOf(parsed.content) : '';
  return {
    meta: {
      title: clean(parsed?.title) ?? meta.title,
      url: meta.url,
      source: clean(parsed?.siteName) ?? meta.source,
      author: clean(parsed?.byline) ?? meta.author,
      publishedAt: clean(parsed?.publishedTime) ?? meta.publishedAt,
    },
    text: text || clean(parsed?.textContent) || bodyText(html),
    lang: clean(parsed?.lang) ?? lang,
  };
}

/** The innermost block elements' text, one paragraph each, so sentences never run together. */
function paragraphsOf(contentHtml: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter(
    (element) => element.querySelector(BLOCKS) === null,
  );
  return blocks
    .map((element) => squash(element.textContent ?? ''))
    .filter((text) => text !== '')
    .join('\n\n');
}

function bodyText(html: string): string {
  const { document } = parseHTML(html);
  return squash(document.body?.textContent ?? '');
}

function metaContent(document: Doc, names: readonly string[]): string | null {
  for (const name of names) {
    for (const element of document.querySelectorAll('meta')) {
      const key = element.getAttribute('property') ?? element.getAttribute('name') ?? '';
      if (key.toLowerCase() !== name.toLowerCase()) continue;
      const value = clean(element.getAttribute('content'));
      if (value) return value;
    }
  }
  return null;
}

function linkHref(document: Doc, rel: string): string | null {
  for (const element of document.querySelectorAll('link')) {
    if ((element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes(rel)) {
      const href = clean(element.getAttribute('href'));
      if (href) return href;
    }
  }
  return null;
}

function textOf(document: Doc, selector: string): string | null {
  return clean(document.querySelector(selector)?.textContent);
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = squash(value);
  return text === '' ? null : text;
}
