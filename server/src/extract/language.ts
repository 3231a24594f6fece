// Guesses German or English by counting words only one of them uses (stop words, relation verbs);
// a tie is no evidence.

import type { Language } from '../domain';
import type { Lexicon } from './lexicon';
import { tokenize } from './tokens';

const GERMAN_LETTERS = /[äöüß]/i;

/** The language with more stop words in the text, or null when neither has more. */
export function scoreLanguage(text: string, lexicon: Lexicon): Language | null {
  let de = 0;
  let en = 0;
  for (const token of tokenize(text)) {
    if (!token.word) continue;
    if (lexicon.languageWords.de.has(token.norm)) de++;
    if (lexicon.languageWords.en.has(token.norm)) en++;
    // Umlauts and ß are German evidence too ("Atomwaffen-Technologie" has none, "Bündnis" has).
    if (GERMAN_LETTERS.test(token.text)) de += 0.5;
  }
  if (de > en) return 'de';
  if (en > de) return 'en';
  return null;
}
