// Finds attribution, hedge, negation, denial and reported-speech cues in a sentence.

import type { Language } from '../domain';
import type { Lexicon } from './lexicon';
import { nearSatisfied } from './triggers';
import type { Clause, CueClass, CueHit, Token } from './types';

function whole(tokens: readonly Token[]): Clause {
  return { start: 0, end: tokens.length, kind: 'main', resumes: null };
}

export function findCues(tokens: readonly Token[], lexicon: Lexicon, lang: Language): CueHit[] {
  const hits: CueHit[] = [];
  let sentence: Clause | null = null;
  for (const match of lexicon.cues[lang].scan(tokens)) {
    // "nicht nur" is matched as a whole so that its "nicht" is not read as a negation.
    for (const spec of match.values) {
      // A cue with a companion word ("weist … zurück") counts only with it in the sentence;
      // attribution cues check it again within their clause.
      if (spec.near) {
        sentence ??= whole(tokens);
        if (!nearSatisfied(tokens, match.start, match.end, spec.near, sentence)) continue;
      }
      hits.push({ spec, start: match.start, end: match.end });
    }
  }
  return hits;
}

export function cuesOf(hits: readonly CueHit[], cls: CueClass): CueHit[] {
  const out: CueHit[] = [];
  for (const h of hits) if (h.spec.cls === cls) out.push(h);
  return out;
}

/** True when one of the hits is of class `cls` (without building the list). */
export function hasCue(hits: readonly CueHit[], cls: CueClass): boolean {
  for (const h of hits) if (h.spec.cls === cls) return true;
  return false;
}
