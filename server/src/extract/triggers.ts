// Finds relation triggers (verbs, nouns, frames) in a sentence and checks their clause conditions.

import type { Language } from '../domain';
import type { Lexicon } from './lexicon';
import type { Clause, NearSpec, Token, TriggerHit } from './types';

const MIN_COMPOUND_PREFIX = 3;

/** German compound nouns ending in a trigger noun: "Militärhilfe" → Hilfe. Longest ending first. */
function compoundHit(token: Token, i: number, lexicon: Lexicon): TriggerHit[] {
  if (!token.upper) return [];
  const norm = token.norm;
  const { endings, lengths, entries } = lexicon.compounds;
  // Most nouns end in no trigger's last three letters: one set lookup rules them out.
  if (norm.length < MIN_COMPOUND_PREFIX + 4 || !endings.has(norm.slice(-3))) return [];
  for (const length of lengths) {
    if (norm.length - length < MIN_COMPOUND_PREFIX) continue;
    const found = entries.get(norm.slice(-length));
    if (found) return found.map((entry) => ({ entry, start: i, end: i + 1 }));
  }
  return [];
}

/** Trigger candidates, longest match first; tokens inside actor mentions are skipped. */
export function findTriggers(
  tokens: readonly Token[],
  lexicon: Lexicon,
  lang: Language,
  inMention: (i: number) => boolean,
): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    if (!token.word || inMention(i)) {
      i++;
      continue;
    }
    const match = lexicon.triggers.longestAt(tokens, i, (e) => e.lang === lang);
    if (match) {
      for (const entry of match.values) hits.push({ entry, start: i, end: match.end });
      i = match.end;
      continue;
    }
    if (lang === 'de') hits.push(...compoundHit(token, i, lexicon));
    i++;
  }
  return hits;
}

function phraseAt(tokens: readonly Token[], i: number, phrase: string[]): boolean {
  return phrase.every((norm, k) => tokens[i + k]?.norm === norm);
}

/** The near words of each spec as token lists, split once rather than at every check. */
const nearWords = new WeakMap<NearSpec, string[][]>();

/** True when one of the near words occurs within the window on the required side, inside the clause. */
export function nearSatisfied(
  tokens: readonly Token[],
  start: number,
  end: number,
  near: NearSpec,
  clause: Clause,
): boolean {
  let words = nearWords.get(near);
  if (!words) {
    words = near.words.map((w) => w.split(' '));
    nearWords.set(near, words);
  }
  const from = near.side === 'after' ? end : Math.max(clause.start, start - near.window);
  const to = near.side === 'before' ? start : Math.min(clause.end, end + near.window);
  for (let i = from; i < to; i++) {
    if (i >= start && i < end) continue;
    if (words.some((w) => phraseAt(tokens, i, w))) return true;
  }
  return false;
}

/** True when the clause ends in one of the separable particles ("greift … an"). */
function particleSatisfied(
  tokens: readonly Token[],
  hit: TriggerHit,
  particles: string[][],
  clause: Clause,
): boolean {
  let last = clause.end - 1;
  while (last > hit.end && !tokens[last]!.word) last--;
  return particles.some(
    (p) => last - p.length + 1 >= hit.end && phraseAt(tokens, last - p.length + 1, p),
  );
}

/** Keeps the triggers whose near-word and particle conditions hold in their clause. */
export function checkTriggers(
  tokens: readonly Token[],
  hits: TriggerHit[],
  clauses: { clauseOf(i: number): Clause },
): TriggerHit[] {
  return hits.filter((hit) => {
    const clause = clauses.clauseOf(hit.start);
    const { near, particle } = hit.entry;
    if (near && !nearSatisfied(tokens, hit.start, hit.end, near, clause)) return false;
    if (particle && !particleSatisfied(tokens, hit, particle, clause)) return false;
    return true;
  });
}

/**
 * English words read as verbs and nouns ("attack", "support"): after a determiner, a possessive or a
 * preposition (other than the infinitive "to") the word is a noun, so its verb reading is dropped.
 */
export function dropNounVerbs(
  tokens: readonly Token[],
  hits: TriggerHit[],
  isNounContext: (i: number) => boolean,
): TriggerHit[] {
  return hits.filter((hit) => {
    if (hit.entry.pos !== 'verb' || hit.entry.lang !== 'en') return true;
    const prev = tokens[hit.start - 1];
    return prev === undefined || !prev.word || !isNounContext(hit.start - 1);
  });
}
