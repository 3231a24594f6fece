// Finds attribution, hedge, negation, denial and reported-speech cues in a sentence.

import type { Language } from '../domain';
import type { Lexicon } from './lexicon';
import type { CueClass, CueHit, Token } from './types';

export function findCues(tokens: readonly Token[], lexicon: Lexicon, lang: Language): CueHit[] {
  const hits: CueHit[] = [];
  for (const match of lexicon.cues.scan(tokens, (spec) => spec.lang === lang)) {
    // "nicht nur" is matched as a whole so that its "nicht" is not read as a negation.
    for (const spec of match.values) hits.push({ spec, start: match.start, end: match.end });
  }
  return hits;
}

export function cuesOf(hits: readonly CueHit[], cls: CueClass): CueHit[] {
  return hits.filter((h) => h.spec.cls === cls);
}
