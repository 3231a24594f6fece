// Installs the user's lexicon file (setting ENTENTE_LEXICON) over the built-in lexicon.

import { readFileSync } from 'node:fs';
import { ConfigError } from '../domain';
import { installLexicon, userLexicon } from '../extract';

/** Reads and installs the file; a missing or invalid file is a ConfigError naming it. */
export function installLexiconFile(path: string | undefined): void {
  if (!path) return;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`ENTENTE_LEXICON: cannot read ${path}: ${(error as Error).message}`);
  }
  installLexicon(userLexicon(text, path));
}
