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

/**
 * Readability's time grows with the square of the nesting depth (1,000 nested <div>s take
 * seconds, 5,000 minutes); news pages nest a few dozen deep. Deeper markup is read as plain text.
 */
const MAX_READABLE_DEPTH = 200;

export function parseHtml(html: string): HtmlArticle {
  const { document } = parseHTML(asDocument(html));
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
  const parsed =
    nestingDepth(document.documentElement) > MAX_READABLE_DEPTH ? null : readArticle(document);
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

/**
 * linkedom builds no <html>/<body> around a fragment (and Readability then fails on it, or reads
 * nothing): give a page without an <html> tag the frame a browser would.
 */
function asDocument(html: string): string {
  return /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** Readability's reading of the page, or null when it finds no article or trips over the markup. */
function readArticle(document: Doc): ReturnType<Readability['parse']> {
  try {
    return new Readability(document as unknown as Document).parse();
  } catch {
    return null;
  }
}

/** How deeply elements nest below `root`, walked without recursion. */
function nestingDepth(root: Element | null): number {
  let deepest = 0;
  const stack: [Element, number][] = root ? [[root, 1]] : [];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [element, depth] = next;
    if (depth > deepest) deepest = depth;
    for (const child of element.children) stack.push([child, depth + 1]);
  }
  return deepest;
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
  const { document } = parseHTML(asDocument(html));
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
