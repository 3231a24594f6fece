// Splits text into word and punctuation tokens with absolute offsets; every matcher works on these.

import type { Token } from './types';

// A word may carry one apostrophe suffix ("Russia's", "didn't") or a gender star ("Analyst*innen");
// anything else non-space is punctuation.
const TOKEN = /([\p{L}\p{N}]+(?:[*_·]innen|['’][\p{L}]+)?)|(\S)/gu;
const HYPHENS = new Set(['-', '‑', '‐']);
const UPPER = /^\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Lower-cases and unifies spellings so "Größe"/"Grösse" and "Russia’s"/"Russia's" compare equal. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').replace(/’/g, "'");
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let joinNext = false;
  for (const match of text.matchAll(TOKEN)) {
    const surface = match[0];
    const index = match.index ?? 0;
    if (match[1] === undefined) {
      // A hyphen between two word characters joins them into a compound instead of being a token.
      const prev = tokens[tokens.length - 1];
      const next = text[index + 1];
      if (
        HYPHENS.has(surface) &&
        prev !== undefined &&
        prev.word &&
        prev.end === index + offset &&
        next !== undefined &&
        WORD_CHAR.test(next)
      ) {
        joinNext = true;
        continue;
      }
    }
    const word = match[1] !== undefined;
    let norm = normalise(surface);
    let possessive = false;
    if (word && /'s$/.test(norm) && norm.length > 2) {
      norm = norm.slice(0, -2);
      possessive = true;
    }
    tokens.push({
      text: surface,
      norm,
      start: index + offset,
      end: index + offset + surface.length,
      word,
      upper: UPPER.test(surface),
      possessive,
      joined: joinNext,
    });
    joinNext = false;
  }
  return tokens;
}
