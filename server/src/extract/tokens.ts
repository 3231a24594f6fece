// Splits text into word and punctuation tokens with absolute offsets; every matcher works on these.

import type { Token } from './types';

// A word may carry one apostrophe suffix ("Russia's", "didn't") or a gender star ("Analyst*innen");
// any other non-space character is a punctuation token of its own.
const TOKEN = /[\p{L}\p{N}]+(?:[*_·]innen|['’][\p{L}]+)?|\S/gu;
const HYPHENS = new Set(['-', '‑', '‐']);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every word any lexicon phrase uses, numbered. A text token carries its number (or -1), so trie
 * lookups compare integers and the many tokens no lexicon knows fail at once.
 */
const vocabulary = new Map<string, number>();

interface Form {
  norm: string;
  id: number;
  upper: boolean;
  possessive: boolean;
}

/**
 * Folded forms of recently seen surfaces: news repeats its words, and one map lookup is cheaper
 * than case folding plus a vocabulary lookup. Bounded; cleared when the vocabulary grows.
 */
const forms = new Map<string, Form>();
const MAX_FORMS = 50_000;

/** The number of a normalised word, registering it when `learn` is set (lexicon phrases only). */
export function wordId(norm: string, learn = false): number {
  const id = vocabulary.get(norm);
  if (id !== undefined) return id;
  if (!learn) return -1;
  forms.clear(); // cached forms may name this word as unknown
  vocabulary.set(norm, vocabulary.size);
  return vocabulary.size - 1;
}

/** Lower-cases and unifies spellings so "Größe"/"Grösse" and "Russia’s"/"Russia's" compare equal. */
export function normalise(text: string): string {
  return unify(text.toLowerCase());
}

/** ß → ss and ’ → ' in a lower-cased word. */
function unify(lower: string): string {
  // Most words have neither: skip the two replacements for them.
  if (!lower.includes('ß') && !lower.includes('’')) return lower;
  return lower.replace(/ß/g, 'ss').replace(/’/g, "'");
}

function formOf(surface: string, word: boolean, learn: boolean): Form {
  // Punctuation needs no case folding.
  const lower = word ? surface.toLowerCase() : surface;
  let norm = unify(lower);
  let possessive = false;
  if (word && norm.length > 2 && norm.endsWith("'s")) {
    norm = norm.slice(0, -2);
    possessive = true;
  }
  const form = {
    norm,
    id: wordId(norm, learn),
    // Lower-casing changes the first letter exactly when it is upper-case.
    upper: word && lower.charCodeAt(0) !== surface.charCodeAt(0),
    possessive,
  };
  if (!learn) {
    if (forms.size >= MAX_FORMS) forms.clear();
    forms.set(surface, form);
  }
  return form;
}

/** A token is a word when it starts with a letter or digit; ASCII is answered without a regex. */
function isWordStart(surface: string): boolean {
  const code = surface.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD_CHAR.test(surface);
}

export function tokenize(text: string, offset = 0, learn = false): Token[] {
  const tokens: Token[] = [];
  let joinNext = false;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const surface = match[0];
    const index = match.index;
    const word = isWordStart(surface);
    if (!word) {
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
    const form = (learn ? undefined : forms.get(surface)) ?? formOf(surface, word, learn);
    tokens.push({
      text: surface,
      norm: form.norm,
      id: form.id,
      start: index + offset,
      end: index + offset + surface.length,
      word,
      upper: form.upper,
      possessive: form.possessive,
      joined: joinNext,
    });
    joinNext = false;
  }
  return tokens;
}
