// Everything known about one sentence before relations are read: tokens, actors, triggers, cues, clauses.

import { clauseLookup, splitClauses } from './clauses';
import { cuesOf, findCues } from './cues';
import { findMentions } from './gazetteer';
import type { Lexicon, WordClasses } from './lexicon';
import { tokenize } from './tokens';
import { checkTriggers, dropNounVerbs, findTriggers } from './triggers';
import type { ActorMention, Clause, CueHit, SentenceSpan, Token, TriggerHit } from './types';

export interface SentenceContext {
  sentence: SentenceSpan;
  lexicon: Lexicon;
  words: WordClasses;
  tokens: Token[];
  mentions: ActorMention[];
  mentionAt: (i: number) => ActorMention | undefined;
  triggers: TriggerHit[];
  isTrigger: (i: number) => boolean;
  triggerAt: (i: number) => TriggerHit | undefined;
  cues: CueHit[];
  isCue: (i: number) => boolean;
  clauses: Clause[];
  clauseOf: (i: number) => Clause;
}

function indexBySpan<T extends { start: number; end: number }>(
  items: readonly T[],
): (i: number) => T | undefined {
  const at = new Map<number, T>();
  for (const item of items)
    for (let i = item.start; i < item.end; i++) if (!at.has(i)) at.set(i, item);
  return (i) => at.get(i);
}

export function buildContext(
  sentence: SentenceSpan,
  lexicon: Lexicon,
  date: string | null,
): SentenceContext {
  const lang = sentence.lang;
  const tokens = tokenize(sentence.text, sentence.start);
  const mentions = findMentions(tokens, sentence.text, sentence.start, lexicon, date);
  const mentionAt = indexBySpan(mentions);
  const rawTriggers = findTriggers(tokens, lexicon, lang, (i) => mentionAt(i) !== undefined);
  const cues = findCues(tokens, lexicon, lang);
  const verbAt = indexBySpan(rawTriggers.filter((t) => t.entry.pos === 'verb'));
  const clauses = splitClauses(
    tokens,
    lang,
    lexicon,
    cuesOf(cues, 'attribution'),
    (i) => mentionAt(i) !== undefined,
    (i) => verbAt(i) !== undefined,
  );
  const clauseOf = clauseLookup(clauses);
  const words = lexicon.words[lang];
  const nounContext = (j: number) => {
    const t = tokens[j]!;
    if (t.possessive || words.determiners.has(t.norm)) return true;
    const prep = words.prepositions.longestAt(tokens, j);
    return prep !== null && prep.end === j + 1 && t.norm !== 'to';
  };
  const triggers = dropNounVerbs(tokens, checkTriggers(tokens, rawTriggers, clauseOf), nounContext);
  // A word that is an attribution cue is not also a relation trigger ("kritisiert, dass").
  const attributionAt = indexBySpan(cuesOf(cues, 'attribution'));
  const kept = triggers.filter((t) => attributionAt(t.start) === undefined);
  const triggerAt = indexBySpan(kept);
  const cueAt = indexBySpan(cues);
  return {
    sentence,
    lexicon,
    words,
    tokens,
    mentions,
    mentionAt,
    triggers: kept,
    isTrigger: (i) => triggerAt(i) !== undefined,
    triggerAt,
    cues,
    isCue: (i) => cueAt(i) !== undefined,
    clauses,
    clauseOf,
  };
}
