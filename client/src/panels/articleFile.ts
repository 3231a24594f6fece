// Reads a dropped .txt, .md (with front matter) or .html file into the add-article form's fields.

export interface ArticleDraft {
  text: string;
  title?: string;
  url?: string;
  source?: string;
  publishedAt?: string;
}

function frontMatter(text: string): ArticleDraft {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { text };
  const fields = new Map<string, string>();
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const kv = /^(\w+):\s*(.*)$/.exec(line);
    if (kv?.[1] && kv[2] !== undefined)
      fields.set(kv[1].toLowerCase(), kv[2].replace(/^["']|["']$/g, ''));
  }
  const draft: ArticleDraft = { text: text.slice(match[0].length) };
  const title = fields.get('title');
  const url = fields.get('url');
  const source = fields.get('source') ?? fields.get('publisher');
  const date = fields.get('date') ?? fields.get('publishedat') ?? fields.get('published');
  if (title) draft.title = title;
  if (url) draft.url = url;
  if (source) draft.source = source;
  if (date) draft.publishedAt = date.slice(0, 10);
  return draft;
}

/** HTML is parsed inertly (DOMParser runs no scripts) and reduced to its text. */
function fromHtml(html: string): ArticleDraft {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll('script, style, noscript, nav, header, footer'))
    el.remove();
  const root = doc.querySelector('article') ?? doc.body;
  const blocks = [...root.querySelectorAll('h1, h2, h3, p, li, blockquote')]
    .map((el) => el.textContent?.trim() ?? '')
    .filter(Boolean);
  const draft: ArticleDraft = {
    text: blocks.length > 0 ? blocks.join('\n\n') : (root.textContent ?? '').trim(),
  };
  const title = doc.querySelector('title')?.textContent?.trim();
  if (title) draft.title = title;
  const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href');
  if (canonical) draft.url = canonical;
  return draft;
}

export function readArticleText(name: string, content: string): ArticleDraft {
  const lower = name.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return fromHtml(content);
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return frontMatter(content);
  return { text: content };
}
