// Splits text into word and punctuation tokens with absolute offsets; every matcher works on these.

import type { Token } from './types';

// Unicode character classes by code point, answered from a table: the tokenizer tests every
// character, and one array read is much cheaper than a Unicode regex test. The table is filled
// lazily from the very regexes it replaces, so the classes are identical. The scanner lives in this
// module with its table: under tsx an imported binding is read through a getter at every use.

export const LETTER = 1;
const NUMBER = 2;
const SPACE = 4;
const KNOWN = 8;
/** A lower-case letter (\p{Ll}), for the sentence repairs. */
export const LOWER = 16;
const WORD = LETTER | NUMBER;

const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_SPACE = /^\s$/u;
const IS_LOWER = /^\p{Ll}$/u;

const bmp = new Uint8Array(0x10000);
/** Astral code points are rare in news; they are classified once and kept. */
const astral = new Map<number, number>();

function classify(ch: string): number {
  return (
    KNOWN |
    (IS_LETTER.test(ch) ? LETTER : 0) |
    (IS_NUMBER.test(ch) ? NUMBER : 0) |
    (IS_SPACE.test(ch) ? SPACE : 0) |
    (IS_LOWER.test(ch) ? LOWER : 0)
  );
}

/**
 * The class bits of a code point. A lone surrogate code unit is neither letter, number nor space,
 * as it is for the `u`-flag regexes.
 */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    const known = bmp[cp]!;
    if (known !== 0) return known;
    const c = classify(String.fromCharCode(cp));
    bmp[cp] = c;
    return c;
  }
  let c = astral.get(cp);
  if (c === undefined) {
    c = classify(String.fromCodePoint(cp));
    astral.set(cp, c);
  }
  return c;
}

/** The code point at `i` (a surrogate pair read as one, a lone surrogate as itself). */
export function codePointAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return code;
  const low = text.charCodeAt(i + 1);
  if (low < 0xdc00 || low > 0xdfff) return code;
  return ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
}

/** The end of the run of code points from `i` whose class has one of the `mask` bits. */
function runEnd(text: string, i: number, mask: number): number {
  let j = i;
  const n = text.length;
  while (j < n) {
    const code = text.charCodeAt(j);
    // ASCII letters and digits, the bulk of the text, skip the table and the surrogate check.
    if (code < 128) {
      const lower = code | 32;
      const letter = lower >= 97 && lower <= 122;
      const digit = code >= 48 && code <= 57;
      if ((letter && (mask & LETTER) !== 0) || (digit && (mask & NUMBER) !== 0)) {
        j++;
        continue;
      }
      return j;
    }
    const cp = codePointAt(text, j);
    if ((classOf(cp) & mask) === 0) return j;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

/** Hyphen, non-breaking hyphen and hyphen (U+2010), by code point. */
const HYPHENS = new Set([0x2d, 0x2011, 0x2010]);

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
 * than case folding plus a vocabulary lookup. Bounded; cleared when the vocabulary grows. (A
 * hand-hashed table keyed by the characters in place, to spare the slice, measured slower.)
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

/** `*innen`, `_innen`, `·innen` (gender forms) or an apostrophe and letters ("Russia's") after a word. */
function suffixEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if ((code === 42 || code === 95 || code === 183) && text.startsWith('innen', i + 1)) return i + 6;
  if (code === 39 || code === 0x2019) {
    const end = runEnd(text, i + 1, LETTER);
    if (end > i + 1) return end;
  }
  return i;
}

/**
 * A hand-written scanner for what the regex `[\p{L}\p{N}]+(?:[*_·]innen|['’][\p{L}]+)?|\S` matches:
 * a word may carry one apostrophe suffix ("Russia's", "didn't") or a gender star ("Analyst*innen");
 * any other non-space character is a punctuation token of its own. It reads each character once
 * through a class table (see chars.ts) instead of running a Unicode regex.
 */
export function tokenize(text: string, offset = 0, learn = false): Token[] {
  const tokens: Token[] = [];
  let joinNext = false;
  const n = text.length;
  for (let i = 0; i < n;) {
    const cp = codePointAt(text, i);
    const width = cp > 0xffff ? 2 : 1;
    const cls = classOf(cp);
    if ((cls & SPACE) !== 0) {
      i += width;
      continue;
    }
    const index = i;
    const word = (cls & WORD) !== 0;
    i = word ? suffixEnd(text, runEnd(text, i, WORD)) : i + width;
    if (!word && HYPHENS.has(cp)) {
      // A hyphen between two word characters joins them into a compound instead of being a token.
      const prev = tokens[tokens.length - 1];
      if (
        prev !== undefined &&
        prev.word &&
        prev.end === index + offset &&
        i < n &&
        (classOf(text.charCodeAt(i)) & WORD) !== 0
      ) {
        joinNext = true;
        continue;
      }
    }
    const surface = text.slice(index, i);
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
