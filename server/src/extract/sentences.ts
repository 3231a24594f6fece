// Splits text into sentences: Intl.Segmenter per paragraph, then repairs the splits it gets wrong.

import type { Language } from '../domain';
import { scoreLanguage } from './language';
import type { Lexicon } from './lexicon';
import { splitParagraphs } from './paragraphs';
import { normalise } from './tokens';
import type { SentenceSpan } from './types';

const OPENING = new Set(['«', '„', '“', '‹']);
const CLOSING = new Set(['»', '”', '’', '›', ')', ']']);
// A sentence end glued to the next sentence: "USA?«Russland", "gut.»Dann".
const GLUED = /(?:[?!]+[»”"]*|\.[»”"]+)(?=[«„“"]?\p{Lu})/gu;
const LAST_WORD = /([\p{L}\p{N}.]+)\.$/u;

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
  while (k > 0 && /\s/.test(text[k - 1]!)) k--;
  while (k > 0 && OPENING.has(text[k - 1]!)) k--;
  return k < c && OPENING.has(text[k]!) ? k : c;
}

/** True when the text before the cut ends in an abbreviation, an initial or a German ordinal date. */
function isFalseEnd(before: string, after: string, lexicon: Lexicon): boolean {
  const trimmed = before.trimEnd();
  const match = LAST_WORD.exec(trimmed);
  if (!match) return false;
  const word = normalise(match[1]!);
  const last = word.split('.').pop() ?? word;
  const next = after.trimStart();
  if (/^\p{L}$/u.test(last)) return true;
  if (lexicon.abbreviations.has(word) || lexicon.abbreviations.has(last)) return true;
  const nextWord = normalise(/^[\p{L}]+/u.exec(next)?.[0] ?? '');
  if (/^\d{1,2}$/.test(last) && lexicon.months.has(nextWord)) return true;
  return /^\p{Ll}/u.test(next);
}

function sentenceRanges(text: string, lang: Language, lexicon: Lexicon): [number, number][] {
  const cuts = new Set<number>();
  for (const segment of segmenter(lang).segment(text))
    if (segment.index > 0) cuts.add(segment.index);
  for (const match of text.matchAll(GLUED)) cuts.add((match.index ?? 0) + match[0].length);
  const kept: number[] = [];
  for (const cut of [...cuts].map((c) => adjustCut(text, c)).sort((a, b) => a - b)) {
    if (cut <= 0 || cut >= text.length || kept.includes(cut)) continue;
    const prev = kept[kept.length - 1] ?? 0;
    if (isFalseEnd(text.slice(prev, cut), text.slice(cut), lexicon)) continue;
    kept.push(cut);
  }
  const ranges: [number, number][] = [];
  const bounds = [0, ...kept, text.length];
  for (let i = 0; i + 1 < bounds.length; i++) {
    let s = bounds[i]!;
    let e = bounds[i + 1]!;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) ranges.push([s, e]);
  }
  return ranges;
}

/**
 * The sentences of a text with absolute offsets. The language of each paragraph is `lang` when
 * given, else detected from its stop words (falling back to the language of the whole text).
 */
export function splitSentences(text: string, lexicon: Lexicon, lang?: Language): SentenceSpan[] {
  const docLang = lang ?? scoreLanguage(text, lexicon) ?? 'en';
  const sentences: SentenceSpan[] = [];
  splitParagraphs(text).forEach((p, paragraph) => {
    const pLang = lang ?? scoreLanguage(p.text, lexicon) ?? docLang;
    for (const [s, e] of sentenceRanges(p.text, pLang, lexicon)) {
      sentences.push({
        text: text.slice(p.start + s, p.start + e),
        start: p.start + s,
        end: p.start + e,
        lang: pLang,
        paragraph,
      });
    }
  });
  return sentences;
}
