// Reads article files from disk and ingests them one by one.

import { readFile } from 'node:fs/promises';
import type { GraphStore, IngestOutcome } from '../store/store';
import { parseArticleFile } from './parse';
import { ingestArticle } from './pipeline';

export async function ingestFile(store: GraphStore, path: string): Promise<IngestOutcome> {
  const content = await readFile(path, 'utf8');
  const parsed = parseArticleFile(path, content);
  return ingestArticle(store, { text: parsed.text, ...parsed.meta, lang: parsed.lang });
}
