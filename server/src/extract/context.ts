// Everything known about one sentence before relations are read: tokens, actors, triggers, cues, clauses.
// Lookups by token index are arrays and prototype methods: this runs once per sentence, so no
// per-sentence maps or closures.

import { clauseIndex, splitClauses } from './clauses';
import { cuesOf, findCues } from './cues';
import { findMentions } from './gazetteer';
import type { Lexicon, WordClasses } from './lexicon';
import { tokenize } from './tokens';
import { checkTriggers, dropNounVerbs, findTriggers } from './triggers';
import type { ActorMention, Clause, CueHit, SentenceSpan, Token, TriggerHit } from './types';

const NONE: readonly undefined[] = Object.freeze([]);

/** For each token, the first item (in order) whose span covers it. */
function indexBySpan<T extends { start: number; end: number }>(
  items: readonly T[],
  size: number,
): (T | undefined)[] {
  // Most sentences have no verb trigger, cue or speaker: share one empty index (reads give undefined).
  if (items.length === 0) return NONE as (T | undefined)[];
  const at = new Array<T | undefined>(size);
  for (const item of items)
    for (let i = item.start; i < item.end; i++) if (at[i] === undefined) at[i] = item;
  return at;
}

function isNounContext(tokens: readonly Token[], words: WordClasses, j: number): boolean {
  const t = tokens[j]!;
  if (t.possessive || words.determiners.has(t.norm)) return true;
  const prep = words.prepositions.longestAt(tokens, j);
  return prep !== null && prep.end === j + 1 && t.norm !== 'to';
}

export class SentenceContext {
  readonly words: WordClasses;
  readonly tokens: Token[];
  readonly mentions: ActorMention[];
  readonly triggers: TriggerHit[];
  readonly cues: CueHit[];
  private readonly mentionIndex: (ActorMention | undefined)[];
  private readonly triggerIndex: (TriggerHit | undefined)[];
  private readonly cueIndex: (CueHit | undefined)[];
  private readonly verbIndex: (TriggerHit | undefined)[];
  private clauseList: Clause[] | null = null;
  private clauseIndex: Int32Array | null = null;

  constructor(
    readonly sentence: SentenceSpan,
    readonly lexicon: Lexicon,
    date: string | null,
    given?: Token[],
  ) {
    const lang = sentence.lang;
    const tokens = given ?? tokenize(sentence.text, sentence.start);
    const n = tokens.length;
    this.tokens = tokens;
    this.words = lexicon.words[lang];
    this.mentions = findMentions(tokens, sentence.text, sentence.start, lexicon, date);
    const mentionIndex = indexBySpan(this.mentions, n);
    this.mentionIndex = mentionIndex;
    // Without two actors no relation can be read: the trigger search is skipped.
    const rawTriggers =
      this.mentions.length < 2
        ? []
        : findTriggers(tokens, lexicon, lang, (i) => mentionIndex[i] !== undefined);
    this.cues = findCues(tokens, lexicon, lang);
    this.cueIndex = indexBySpan(this.cues, n);
    this.verbIndex = indexBySpan(
      rawTriggers.filter((t) => t.entry.pos === 'verb'),
      n,
    );
    if (rawTriggers.length === 0) {
      this.triggers = [];
      this.triggerIndex = [];
      return;
    }
    const words = this.words;
    const triggers = dropNounVerbs(tokens, checkTriggers(tokens, rawTriggers, this), (j) =>
      isNounContext(tokens, words, j),
    );
    // A word that is an attribution cue is not also a relation trigger ("kritisiert, dass").
    const attributionIndex = indexBySpan(cuesOf(this.cues, 'attribution'), n);
    this.triggers = triggers.filter((t) => attributionIndex[t.start] === undefined);
    this.triggerIndex = indexBySpan(this.triggers, n);
  }

  /** The clauses, split on first use: many sentences (no trigger, no speaker) never need them. */
  get clauses(): Clause[] {
    if (this.clauseList === null) {
      const mentionIndex = this.mentionIndex;
      const verbIndex = this.verbIndex;
      this.clauseList = splitClauses(
        this.tokens,
        this.sentence.lang,
        this.lexicon,
        cuesOf(this.cues, 'attribution'),
        (i) => mentionIndex[i] !== undefined,
        (i) => verbIndex[i] !== undefined,
      );
    }
    return this.clauseList;
  }

  mentionAt(i: number): ActorMention | undefined {
    return this.mentionIndex[i];
  }

  triggerAt(i: number): TriggerHit | undefined {
    return this.triggerIndex[i];
  }

  isTrigger(i: number): boolean {
    return this.triggerIndex[i] !== undefined;
  }

  isCue(i: number): boolean {
    return this.cueIndex[i] !== undefined;
  }

  /** The clause of token i (the last clause for an index past the end). */
  clauseOf(i: number): Clause {
    const clauses = this.clauses;
    this.clauseIndex ??= clauseIndex(clauses, this.tokens.length);
    const k = i >= 0 && i < this.clauseIndex.length ? this.clauseIndex[i]! : -1;
    return clauses[k >= 0 ? k : clauses.length - 1]!;
  }
}

/** The context of a sentence; `tokens`, when given, are the sentence's tokens cut from its paragraph's. */
export function buildContext(
  sentence: SentenceSpan,
  lexicon: Lexicon,
  date: string | null,
  tokens?: Token[],
): SentenceContext {
  return new SentenceContext(sentence, lexicon, date, tokens);
}
