// The article id: SHA-256 of the text with layout differences (line ends, spacing, Unicode form) removed.

import { createHash } from 'node:crypto';

export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n\n')
    .trim();
}

export function articleId(text: string): string {
  return createHash('sha256').update(normaliseText(text), 'utf8').digest('hex');
}
