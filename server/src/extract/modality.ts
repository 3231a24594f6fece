// Modality of a relation: a question, negated in its own clause, hedged, or asserted.
// Konjunktiv I marks reported speech (attribution), not doubt, so it is no hedge cue.

import type { Modality } from '../domain';
import type { Candidate } from './candidate';
import type { SentenceContext } from './context';
import type { CueClass } from './types';

const QUESTION = /\?[\s»”"“’)\]]*$/;
const NOUN_DETERMINER_SLOT = 2;
const RESOLVED_PENALTY = 0.15;

export function isQuestion(sentence: string): boolean {
  return QUESTION.test(sentence);
}

/** A negating determiner just before a noun frame: "keine Zusammenarbeit mit …", "no alliance between …". */
function negatedNoun(ctx: SentenceContext, c: Candidate): boolean {
  for (let j = Math.max(c.clause.start, c.from - NOUN_DETERMINER_SLOT); j < c.from; j++) {
    if (ctx.words.negationDeterminers.has(ctx.tokens[j]!.norm)) return true;
  }
  return false;
}

/** The tokens a negation must fall in to negate the candidate. */
function negationScope(ctx: SentenceContext, c: Candidate): { from: number; to: number } {
  const { clause, hit } = c;
  if (hit.entry.pos === 'noun') return { from: c.from, to: c.to };
  // "Russland liefert Nordkorea keine Waffen": the object after the verb, up to a coordinator or comma.
  let to = c.to;
  while (to < clause.end) {
    const t = ctx.tokens[to]!;
    if ((!t.word && t.text !== '-') || ctx.words.coordinators.longestAt(ctx.tokens, to)) break;
    // "… without threatening China" negates the threat, not what comes before it.
    if (ctx.words.infinitiveOpeners.has(t.norm)) break;
    to++;
  }
  return { from: c.from, to };
}

/** True when one of the sentence's cues of class `cls` starts in [from, to). */
function cueIn(ctx: SentenceContext, cls: CueClass, from: number, to: number): boolean {
  for (const cue of ctx.cues)
    if (cue.spec.cls === cls && cue.start >= from && cue.start < to) return true;
  return false;
}

/** `question`: whether the sentence is a question (the same for all its candidates, so asked once). */
export function modalityOf(
  ctx: SentenceContext,
  c: Candidate,
  question = isQuestion(ctx.sentence.text),
): Modality {
  if (question) return 'QUESTION';
  if (c.hit.entry.pos === 'noun' && negatedNoun(ctx, c)) return 'NEGATED';
  const scope = negationScope(ctx, c);
  if (cueIn(ctx, 'negation', scope.from, scope.to)) return 'NEGATED';
  // "n't" is part of a word token ("didn't").
  for (let j = scope.from; j < scope.to; j++)
    if (ctx.tokens[j]!.norm.endsWith("n't")) return 'NEGATED';
  if (cueIn(ctx, 'denial', -Infinity, c.hit.start)) return 'NEGATED';
  if (cueIn(ctx, 'hedge', -Infinity, Infinity)) return 'HEDGED';
  return 'ASSERTED';
}

/** Evidence strength: the trigger's own confidence, less when an argument was inferred or hedged. */
export function confidenceOf(c: Candidate, modality: Modality): number {
  let value = c.hit.entry.confidence;
  if (c.inferred) value -= 0.1;
  // A partner read from an earlier sentence is a step further from the evidence than the subject.
  if (c.resolved) value -= RESOLVED_PENALTY;
  if (modality === 'HEDGED') value *= 0.8;
  return Math.round(Math.min(1, Math.max(0.05, value)) * 100) / 100;
}
