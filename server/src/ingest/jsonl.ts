// Reads one line of a .jsonl archive: {text, title?, url?, source?, author?, publishedAt?, lang?}.

import { InputError } from '../domain';
import type { ArticleSubmission } from './validate';

const FIELDS = ['text', 'title', 'url', 'source', 'author', 'publishedAt', 'lang'] as const;

/** The submission on this line; an InputError says why the line cannot be one. */
export function parseJsonLine(line: string): ArticleSubmission {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InputError(`not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('expected a JSON object with a "text" field');
  }
  const record = value as Record<string, unknown>;
  if (typeof record['text'] !== 'string') throw new InputError('"text" must be a string');
  const submission: Record<string, string | null> = {};
  for (const field of FIELDS) {
    const fieldValue = record[field];
    if (fieldValue === undefined || fieldValue === null) continue;
    if (typeof fieldValue !== 'string') throw new InputError(`"${field}" must be a string`);
    submission[field] = fieldValue;
  }
  return submission as unknown as ArticleSubmission;
}
