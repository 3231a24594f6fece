// Turns the expanded article files into work items, one per article, in order: a file is one
// article, a .jsonl file one per non-blank line (`file.jsonl:LINE`). Unreadable input becomes a
// failed item with its reason, so one bad file or line never stops the others.

import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { EntenteError } from '../domain';
import { parseJsonLine } from './jsonl';
import { parseArticleFile } from './parse';
import type { ArticleSubmission } from './validate';

export type WorkItem =
  { path: string; submission: ArticleSubmission } | { path: string; reason: string };

const isJsonl = (path: string) => path.toLowerCase().endsWith('.jsonl');

export async function* readItems(files: readonly string[]): AsyncGenerator<WorkItem> {
  for (const file of files) {
    if (isJsonl(file)) yield* readJsonl(file);
    else yield await readArticle(file);
  }
}

/** How many items `readItems` will yield (reads .jsonl files once more to count lines). */
export async function countItems(files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    if (!isJsonl(file)) total += 1;
    else {
      try {
        for await (const line of lines(file)) if (line.trim() !== '') total += 1;
      } catch {
        total += 1; // reported as one failed item
      }
    }
  }
  return total;
}

async function readArticle(path: string): Promise<WorkItem> {
  try {
    const parsed = parseArticleFile(path, await readFile(path, 'utf8'));
    return { path, submission: { text: parsed.text, ...parsed.meta, lang: parsed.lang } };
  } catch (error) {
    return { path, reason: reasonOf(error) };
  }
}

async function* readJsonl(file: string): AsyncGenerator<WorkItem> {
  let number = 0;
  try {
    for await (const line of lines(file)) {
      number += 1;
      if (line.trim() === '') continue;
      const path = `${file}:${number}`;
      try {
        yield { path, submission: parseJsonLine(line) };
      } catch (error) {
        yield { path, reason: reasonOf(error) };
      }
    }
  } catch (error) {
    yield { path: number === 0 ? file : `${file}:${number}`, reason: reasonOf(error) };
  }
}

function lines(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
}

/** The message of an expected failure (bad input, unreadable file); anything else is a bug. */
export function reasonOf(error: unknown): string {
  if (error instanceof EntenteError) return error.message;
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return error.message;
  }
  throw error;
}
