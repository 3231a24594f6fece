// Everything known about one sentence before relations are read: tokens, actors, triggers, cues, clauses.
// Lookups by token index are arrays and prototype methods: this runs once per sentence, so no
// per-sentence maps or closures.

import { splitClauses } from './clauses';
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
  /** The attribution cues among `cues`, listed once for the clause split and the speaker search. */
  readonly attributionCues: CueHit[];
  private readonly mentionIndex: (ActorMention | undefined)[];
  private readonly triggerIndex: (TriggerHit | undefined)[];
  /** Indexes built on first use: many sentences never ask (no relation read, no speaker search). */
  private cueIndex: (CueHit | undefined)[] | null = null;
  private verbIndex: (TriggerHit | undefined)[] | null = null;
  private readonly verbs: TriggerHit[];
  private clauseList: Clause[] | null = null;

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
    this.attributionCues = this.cues.length === 0 ? [] : cuesOf(this.cues, 'attribution');
    const verbs: TriggerHit[] = [];
    for (const t of rawTriggers) if (t.entry.pos === 'verb') verbs.push(t);
    this.verbs = verbs;
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
    const attributionIndex = indexBySpan(this.attributionCues, n);
    const kept: TriggerHit[] = [];
    for (const t of triggers) if (attributionIndex[t.start] === undefined) kept.push(t);
    this.triggers = kept;
    this.triggerIndex = indexBySpan(this.triggers, n);
  }

  /** The clauses, split on first use: many sentences (no trigger, no speaker) never need them. */
  get clauses(): Clause[] {
    if (this.clauseList === null) {
      const mentionIndex = this.mentionIndex;
      const verbIndex = (this.verbIndex ??= indexBySpan(this.verbs, this.tokens.length));
      this.clauseList = splitClauses(
        this.tokens,
        this.sentence.lang,
        this.lexicon,
        this.attributionCues,
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
    this.cueIndex ??= indexBySpan(this.cues, this.tokens.length);
    return this.cueIndex[i] !== undefined;
  }

  /**
   * The clause of token i (the last clause for an index past the end). A sentence has a few
   * clauses: a search from the last one (a later clause wins) beats building an index per sentence.
   */
  clauseOf(i: number): Clause {
    const clauses = this.clauses;
    if (i >= 0 && i < this.tokens.length) {
      for (let k = clauses.length - 1; k >= 0; k--) {
        const c = clauses[k]!;
        if (c.start <= i && i < c.end) return c;
      }
    }
    return clauses[clauses.length - 1]!;
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
