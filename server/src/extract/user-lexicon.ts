// The one call a caller needs for a user lexicon file: its text in, a compiled lexicon out.

import { builtinLexiconData, compileLexicon, type Lexicon } from './lexicon';
import { LexiconError } from './lexicon-data';
import { mergeLexicon, parseLexiconJson } from './lexicon-merge';

/**
 * Compiles the built-in lexicon with the user lexicon file's text merged over it. `source` (the
 * file's path) prefixes every error; errors are LexiconErrors (ConfigError, code CONFIG_INVALID).
 */
export function userLexicon(text: string, source = 'user lexicon'): Lexicon {
  const merged = mergeLexicon(builtinLexiconData(), parseLexiconJson(text, source), source);
  try {
    return compileLexicon(merged);
  } catch (error) {
    // Cross-entry checks (an office naming an unknown actor) only fail once merged.
    if (error instanceof LexiconError) throw new LexiconError(`${source}: ${error.message}`);
    throw error;
  }
}
