// Guesses German or English by counting words only one of them uses (stop words, relation verbs);
// a tie is no evidence.

import type { Language } from '../domain';
import type { Lexicon } from './lexicon';
import { normalise } from './tokens';
import type { Token } from './types';

const WORD = /[\p{L}\p{N}]+/gu;
/** The first words of a paragraph decide its language as well as all of them would, at bounded cost. */
const PARAGRAPH_WORDS = 100;
/** The same holds for a whole text: its first words decide its language. */
export const TEXT_WORDS = 5000;

export interface LanguageScore {
  de: number;
  en: number;
}

/** Evidence for each language in the text; a plain word scan, cheaper than tokenising. */
export function languageEvidence(
  text: string,
  lexicon: Lexicon,
  maxWords = TEXT_WORDS,
): LanguageScore {
  const score = { de: 0, en: 0 };
  const { de, en } = lexicon.languageWords;
  let words = 0;
  for (const match of text.matchAll(WORD)) {
    if (++words > maxWords) break;
    const word = match[0];
    const norm = normalise(word);
    if (de.has(norm)) score.de++;
    if (en.has(norm)) score.en++;
    // Umlauts and ß are German evidence too ("Atomwaffen-Technologie" has none, "Bündnis" has).
    if (hasGermanLetter(word)) score.de += 0.5;
  }
  return score;
}

/** The same evidence from a paragraph's tokens, which the reader has at hand anyway. */
export function tokenEvidence(tokens: readonly Token[], lexicon: Lexicon): LanguageScore {
  const score = { de: 0, en: 0 };
  // Every language word has a vocabulary id, so the token's id answers for its norm.
  const flags = lexicon.languageFlags;
  let words = 0;
  for (const token of tokens) {
    if (!token.word) continue;
    if (++words > PARAGRAPH_WORDS) break;
    const bits = token.id >= 0 && token.id < flags.length ? flags[token.id]! : 0;
    if ((bits & 1) !== 0) score.de++;
    if ((bits & 2) !== 0) score.en++;
    if (hasGermanLetter(token.text)) score.de += 0.5;
  }
  return score;
}

/** Umlauts and ß (/[äöüßÄÖÜ]/) by character codes: this runs for most words of every paragraph. */
function hasGermanLetter(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    // ä ö ü ß Ä Ö Ü, all at 196 or above: one comparison passes any ASCII character.
    if (c < 196) continue;
    if (c === 228 || c === 246 || c === 252 || c === 223 || c === 196 || c === 214 || c === 220)
      return true;
  }
  return false;
}

export function languageOf(score: LanguageScore): Language | null {
  if (score.de > score.en) return 'de';
  if (score.en > score.de) return 'en';
  return null;
}

/** The language with more evidence in the text, or null when neither has more. */
export function scoreLanguage(text: string, lexicon: Lexicon): Language | null {
  return languageOf(languageEvidence(text, lexicon));
}
