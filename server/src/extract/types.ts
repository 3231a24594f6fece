// Internal types of the extraction pipeline: tokens, actor mentions, trigger and cue hits, clauses.

import type { Actor, Language, RelationType } from '../domain';

export interface Token {
  /** The text as written. */
  text: string;
  /** Lower-cased, ß → ss, typographic apostrophe unified, English possessive 's removed. */
  norm: string;
  /** The number of `norm` in the lexicons' vocabulary, -1 for a word no lexicon phrase uses. */
  id: number;
  /** Absolute character offsets in the article text. */
  start: number;
  end: number;
  /** Letters/digits (true) or a single punctuation character (false). */
  word: boolean;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** English possessive ("Russia's"). */
  possessive: boolean;
  /** Joined to the previous token by a hyphen ("Putin-Kim-Bündnis"). */
  joined: boolean;
}

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
  lang: Language;
  paragraph: number;
}

/** How an actor is named: its name, a demonym adjective/noun, a capital or seat, or an office holder. */
export type MentionForm = 'name' | 'demonym' | 'metonym' | 'person';

export interface ActorMention {
  /** The actor the words stand for (an office holder resolves to the actor of the office). */
  actor: Actor;
  /** Token range, end exclusive. */
  start: number;
  end: number;
  form: MentionForm;
  /** German genitive form (Russlands) or English possessive (Russia's). */
  genitive: boolean;
  /** The words as written. */
  text: string;
  /** The person behind a mention of an office holder. */
  personId: string | null;
}

export type Role = 'agent' | 'target' | 'pair';

export interface NearSpec {
  words: string[];
  window: number;
  side: 'before' | 'after' | 'both';
}

export interface TriggerEntry {
  type: RelationType;
  lang: Language;
  pos: 'verb' | 'noun';
  phrases: string[];
  /** Marker ('' bare, 'GEN', 'PRE' or a preposition) → role of the argument. */
  roles: Record<string, Role>;
  /** Who the clause subject is: the agent (default) or the target (erhalten, receive). */
  subject: 'agent' | 'target';
  collective: boolean;
  compound: boolean;
  near: NearSpec | null;
  particle: string[][] | null;
  confidence: number;
}

export interface TriggerHit {
  entry: TriggerEntry;
  /** Token range of the trigger words, end exclusive. */
  start: number;
  end: number;
}

export type CueClass =
  'attribution' | 'hedge' | 'negation' | 'negationException' | 'denial' | 'reported';

export interface CueSpec {
  cls: CueClass;
  speaker: 'before' | 'after' | 'either';
  final: boolean;
  near: NearSpec | null;
}

export interface CueHit {
  spec: CueSpec;
  start: number;
  end: number;
}

/** 'infinitive': a non-finite clause (ohne … zu, without …-ing) whose subject is the outer clause's. */
export type ClauseKind = 'main' | 'subordinate' | 'relative' | 'infinitive';

export interface Clause {
  /** Token range, end exclusive. */
  start: number;
  end: number;
  kind: ClauseKind;
  /** Index of the clause this one continues after an embedded clause ("Die USA, die …, kritisieren …"). */
  resumes: number | null;
}

/** Coordinated actor mentions ("Russland, Nordkorea und China") with the word that marks their role. */
export interface Group {
  mentions: ActorMention[];
  start: number;
  end: number;
  /** '' (bare noun phrase), 'GEN' (genitive/possessive) or a preposition ("an", "thanks to"). */
  marker: string;
}

/** An argument of a verb: a group, or a collective noun frame standing for all its participants. */
export interface Unit {
  actors: Actor[];
  start: number;
  end: number;
  marker: string;
  /** Set when the unit is a collective frame ("die Zusammenarbeit Russlands mit Nordkorea"). */
  frame: TriggerHit | null;
}
