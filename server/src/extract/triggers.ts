// Finds relation triggers (verbs, nouns, frames) in a sentence and checks their clause conditions.

import type { Language } from '../domain';
import { endingHash, type Lexicon } from './lexicon';
import type { Clause, NearSpec, Token, TriggerHit } from './types';

const MIN_COMPOUND_PREFIX = 3;

/** German compound nouns ending in a trigger noun: "Militärhilfe" → Hilfe. Longest ending first. */
function compoundHit(token: Token, i: number, lexicon: Lexicon): TriggerHit[] {
  if (!token.upper) return [];
  const norm = token.norm;
  const { endings, endingFilter, lengths, entries } = lexicon.compounds;
  // Most nouns end in no trigger's last three letters: a filter read rules most of them out, and
  // one set lookup the rest.
  if (norm.length < MIN_COMPOUND_PREFIX + 4 || endingFilter[endingHash(norm)] !== 1) return [];
  if (!endings.has(norm.slice(-3))) return [];
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
  const trie = lexicon.triggers[lang];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    if (!token.word || inMention(i)) {
      i++;
      continue;
    }
    const match = trie.longestAt(tokens, i);
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
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]?.norm !== phrase[k]) return false;
  return true;
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
    for (const w of words) if (phraseAt(tokens, i, w)) return true;
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
  // Plain loops rather than filter callbacks: this runs for every sentence with two actors.
  const kept: TriggerHit[] = [];
  for (const hit of hits) {
    const { near, particle } = hit.entry;
    // Most triggers have no condition: their clause (and so the clause split) is not needed here.
    if (near || particle) {
      const clause = clauses.clauseOf(hit.start);
      if (near && !nearSatisfied(tokens, hit.start, hit.end, near, clause)) continue;
      if (particle && !particleSatisfied(tokens, hit, particle, clause)) continue;
    }
    kept.push(hit);
  }
  return kept;
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
  const kept: TriggerHit[] = [];
  for (const hit of hits) {
    if (hit.entry.pos === 'verb' && hit.entry.lang === 'en') {
      const prev = tokens[hit.start - 1];
      if (prev !== undefined && prev.word && isNounContext(hit.start - 1)) continue;
    }
    kept.push(hit);
  }
  return kept;
}
