// Splits text into sentences: Intl.Segmenter per paragraph, then repairs the splits it gets wrong,
// and cuts run-on "sentences" (tables, lists, garbage without stops) so work per sentence stays bounded.

import type { Language } from '../domain';
import { languageEvidence, languageOf, tokenEvidence } from './language';
import type { Lexicon } from './lexicon';
import { sentenceBreaks } from './sentence-breaks';
import { splitParagraphs, type Paragraph } from './paragraphs';
import { classOf, codePointAt, LETTER, LOWER, normalise, tokenize } from './tokens';
import type { SentenceSpan } from './types';

const OPENING = new Set(['«', '„', '“', '‹']);
const CLOSING = new Set(['»', '”', '’', '›', ')', ']']);
// A sentence end glued to the next sentence: "USA?«Russland", "gut.»Dann".
const GLUED = /(?:[?!]+[»”"]*|\.[»”"]+)(?=[«„“"]?\p{Lu})/gu;
// Only the end of the text before a cut matters for abbreviations: looking at a bounded tail keeps
// the check linear on long paragraphs.
const TAIL = 40;
const WORDISH = /[\p{L}\p{N}.]/u;

/** A letter, digit or full stop; ASCII answered without a regex (this runs at every full stop). */
function isWordish(code: number): boolean {
  if (code < 128) {
    const lower = code | 32;
    return (lower >= 97 && lower <= 122) || (code >= 48 && code <= 57) || code === 46;
  }
  return WORDISH.test(String.fromCharCode(code));
}
const SPACE = /\s/;

/** White space; ASCII and no-break space answered without a regex. */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code === 32 || (code >= 9 && code <= 13) || code === 160) return true;
  return code > 255 && SPACE.test(ch);
}
/** Longer stretches are not sentences a reader would parse; they are cut at a space near the limit. */
export const MAX_SENTENCE_CHARS = 1000;
/** Intl.Segmenter gets at most this much text at a time. */
const SEGMENT_WINDOW = 4096;
const STOP = /[.!?»”"]/;

const segmenters = new Map<Language, Intl.Segmenter>();

function segmenter(lang: Language): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Moves a cut past closing quotes that belong to the sentence before, and before opening quotes. */
function adjustCut(text: string, cut: number): number {
  let c = cut;
  while (c < text.length && CLOSING.has(text[c]!)) c++;
  let k = c;
  while (k > 0 && isSpace(text[k - 1]!)) k--;
  while (k > 0 && OPENING.has(text[k - 1]!)) k--;
  return k < c && OPENING.has(text[k]!) ? k : c;
}

/** The code point at `i` of `text` cut off at `limit` (a pair the limit splits is a lone surrogate). */
function codePointBefore(text: string, i: number, limit: number): number {
  return i + 1 < limit ? codePointAt(text, i) : text.charCodeAt(i);
}

/** True when `word` is exactly one letter (one code point), like /^\p{L}$/u. */
function isSingleLetter(word: string): boolean {
  if (word.length === 0 || word.length > 2) return false;
  const cp = codePointAt(word, 0);
  return (cp > 0xffff ? 2 : 1) === word.length && (classOf(cp) & LETTER) !== 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True when `word` is one or two ASCII digits, like /^\d{1,2}$/. */
function isDay(word: string): boolean {
  if (word.length !== 1 && word.length !== 2) return false;
  return isDigit(word.charCodeAt(0)) && (word.length === 1 || isDigit(word.charCodeAt(1)));
}

/**
 * True when the text before the cut ends in an abbreviation, an initial or a German ordinal date.
 * Runs at every cut, so it reads character classes rather than slicing and testing regexes; the
 * text after the cut is looked at only within TAIL characters, as a slice of that length would be.
 */
function isFalseEnd(text: string, prev: number, cut: number, lexicon: Lexicon): boolean {
  let end = cut - 1;
  while (end > prev && isSpace(text[end]!)) end--;
  // Only a full stop can end an abbreviation; "?" and "!" always end a sentence here.
  if (text[end] !== '.') return false;
  let from = end;
  while (from > Math.max(prev, end - TAIL) && isWordish(text.charCodeAt(from - 1))) from--;
  if (from === end) return false;
  const word = normalise(text.slice(from, end));
  const last = word.slice(word.lastIndexOf('.') + 1);
  if (isSingleLetter(last)) return true;
  if (lexicon.abbreviations.has(word) || lexicon.abbreviations.has(last)) return true;
  const limit = Math.min(text.length, cut + TAIL);
  let next = cut;
  while (next < limit && isSpace(text[next]!)) next++;
  if (next === limit) return false;
  if (isDay(last)) {
    let wordEnd = next;
    while (wordEnd < limit) {
      const cp = codePointBefore(text, wordEnd, limit);
      if ((classOf(cp) & LETTER) === 0) break;
      wordEnd += cp > 0xffff ? 2 : 1;
    }
    if (lexicon.months.has(normalise(text.slice(next, wordEnd)))) return true;
  }
  return (classOf(codePointBefore(text, next, limit)) & LOWER) !== 0;
}

/** Cuts [s, e) into pieces of at most MAX_SENTENCE_CHARS, each ending at a space when there is one. */
function capLength(text: string, s: number, e: number, out: [number, number][]): void {
  let from = s;
  while (e - from > MAX_SENTENCE_CHARS) {
    let cut = from + MAX_SENTENCE_CHARS;
    const space = text.lastIndexOf(' ', cut);
    if (space > from + MAX_SENTENCE_CHARS / 2) cut = space;
    out.push([from, cut]);
    from = cut;
    while (from < e && isSpace(text[from]!)) from++;
  }
  if (e > from) out.push([from, e]);
}

/**
 * The end of the window to segment from `start`: just after the last sentence stop and space
 * before the size limit (that cut is kept as a candidate), else at a space, else at the limit.
 */
function windowEnd(text: string, start: number): { end: number; cut: boolean } {
  if (text.length - start <= SEGMENT_WINDOW) return { end: text.length, cut: false };
  const limit = start + SEGMENT_WINDOW;
  for (let i = limit; i > start + SEGMENT_WINDOW / 2; i--) {
    if (isSpace(text[i]!) && STOP.test(text[i - 1]!)) return { end: i + 1, cut: true };
  }
  const space = text.lastIndexOf(' ', limit);
  return { end: space > start ? space + 1 : limit, cut: false };
}

/**
 * Sentence starts Intl.Segmenter finds, window by window (its time grows with the square of the
 * input); a window of known characters is scanned instead, with the same result.
 */
function segmenterCuts(text: string, lang: Language, cuts: number[]): void {
  for (let start = 0; start < text.length;) {
    const { end, cut } = windowEnd(text, start);
    const window = text.slice(start, end);
    // The same boundaries as the segmenter's, found by a scan when the window's characters allow
    // (see sentence-breaks.ts).
    const from = cuts.length;
    if (sentenceBreaks(window, start, cuts)) {
      for (let k = from; k < cuts.length; k++) cuts[k] = adjustCut(text, cuts[k]!);
      if (cut) cuts.push(adjustCut(text, end));
      start = end;
      continue;
    }
    const segments = segmenter(lang).segment(window);
    // Hopping from segment to segment with containing() finds the same starts as iterating, at
    // about two thirds of the cost of the iterator protocol.
    for (let i = 0; i < window.length;) {
      const segment = segments.containing(i)!;
      if (segment.index > 0) cuts.push(adjustCut(text, start + segment.index));
      i = segment.index + segment.segment.length;
    }
    if (cut) cuts.push(adjustCut(text, end));
    start = end;
  }
}

/** False when GLUED cannot match: it needs "?", "!" or a full stop before a closing quote. */
function mayBeGlued(text: string): boolean {
  return (
    text.includes('?') ||
    text.includes('!') ||
    text.includes('.»') ||
    text.includes('.”') ||
    text.includes('."')
  );
}

function ascending(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i - 1]! > values[i]!) return false;
  return true;
}

function sentenceRanges(text: string, lang: Language, lexicon: Lexicon): [number, number][] {
  const cuts: number[] = [];
  segmenterCuts(text, lang, cuts);
  if (mayBeGlued(text))
    for (const match of text.matchAll(GLUED))
      cuts.push(adjustCut(text, (match.index ?? 0) + match[0].length));
  // Usually in order already: a sort (which copies the array) only when they are not.
  if (!ascending(cuts)) cuts.sort((a, b) => a - b);
  const kept: number[] = [];
  for (const cut of cuts) {
    const prev = kept[kept.length - 1] ?? 0;
    if (cut <= prev || cut >= text.length) continue;
    if (isFalseEnd(text, prev, cut, lexicon)) continue;
    kept.push(cut);
  }
  const ranges: [number, number][] = [];
  const bounds = [0, ...kept, text.length];
  for (let i = 0; i + 1 < bounds.length; i++) {
    let s = bounds[i]!;
    let e = bounds[i + 1]!;
    while (s < e && isSpace(text[s]!)) s++;
    while (e > s && isSpace(text[e - 1]!)) e--;
    if (e > s) capLength(text, s, e, ranges);
  }
  return ranges;
}

/** The sentences of one paragraph, with offsets in the article. */
export function paragraphSentences(
  p: Paragraph,
  lang: Language,
  lexicon: Lexicon,
  paragraph: number,
): SentenceSpan[] {
  return sentenceRanges(p.text, lang, lexicon).map(([s, e]) => ({
    text: p.text.slice(s, e),
    start: p.start + s,
    end: p.start + e,
    lang,
    paragraph,
  }));
}

/**
 * The sentences of a text with absolute offsets. The language of each paragraph is `lang` when
 * given, else detected from its words (falling back to the language of the whole text).
 */
export function splitSentences(text: string, lexicon: Lexicon, lang?: Language): SentenceSpan[] {
  const docLang = lang ?? languageOf(languageEvidence(text, lexicon)) ?? 'en';
  return splitParagraphs(text).flatMap((p, i) => {
    const own = lang ?? languageOf(tokenEvidence(tokenize(p.text), lexicon)) ?? docLang;
    return paragraphSentences(p, own, lexicon, i);
  });
}
