// Splits a sentence's tokens into clauses: at semicolons, colons and dashes, and at commas that open
// a subordinate clause (dass, that), a relative clause (die …, who) or an attribution (…, sagt X).

import type { Language } from '../domain';
import type { Lexicon } from './lexicon';
import type { Clause, ClauseKind, CueHit, Token } from './types';

const HARD = new Set([';', ':', '—', '–', '-', '‒', '•']);
// Relative pronouns that are also articles of a following noun phrase ("…, die USA und China").
const ARTICLE_LIKE = new Set(['der', 'die', 'das']);

/**
 * German "die/der/das" after a comma opens a relative clause when the stretch up to the next comma
 * ends in a (lower-case) verb and does not start with an actor ("…, die USA und China" is a list).
 */
function isGermanRelative(
  tokens: readonly Token[],
  pronoun: number,
  lexicon: Lexicon,
  inMention: (i: number) => boolean,
): boolean {
  const next = tokens[pronoun + 1];
  if (!next || !next.word) return false;
  const words = lexicon.words.de;
  if (words.prepositions.longestAt(tokens, pronoun + 1) || words.determiners.has(next.norm))
    return true;
  // "…, die USA und China", "…, die europäischen Nato-Staaten": an article before an actor, not a pronoun.
  if (ARTICLE_LIKE.has(tokens[pronoun]!.norm)) {
    if (inMention(pronoun + 1)) return false;
    if (inMention(pronoun + 2) && !next.upper && /(e|en|er|es|em)$/.test(next.norm)) return false;
  }
  let last = -1;
  for (let k = pronoun + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word && (t.text === ',' || HARD.has(t.text) || /[.?!»«"]/.test(t.text))) break;
    if (t.word) last = k;
  }
  return last > pronoun && !tokens[last]!.upper && !inMention(last);
}

function boundaryAfterComma(
  tokens: readonly Token[],
  comma: number,
  lang: Language,
  lexicon: Lexicon,
  cueStarts: readonly number[],
  inMention: (i: number) => boolean,
): ClauseKind | null {
  const next = tokens[comma + 1];
  if (!next || !next.word) return null;
  const words = lexicon.words[lang];
  if (cueStarts.includes(comma + 1)) return 'main';
  if (words.relativePronouns.has(next.norm)) {
    if (lang === 'en') return 'relative';
    if (isGermanRelative(tokens, comma + 1, lexicon, inMention)) return 'relative';
  }
  if (words.subordinators.has(next.norm)) return 'subordinate';
  return null;
}

/** ", and North Korean soldiers are fighting …": a coordinator after a comma joins two clauses when both have a verb. */
function joinsClauses(
  tokens: readonly Token[],
  comma: number,
  from: number,
  lang: Language,
  lexicon: Lexicon,
  isVerb: (i: number) => boolean,
): boolean {
  if (!lexicon.words[lang].coordinators.longestAt(tokens, comma + 1)) return false;
  let before = false;
  for (let k = from; k < comma; k++) before ||= isVerb(k);
  if (!before) return false;
  for (let k = comma + 2; k < tokens.length && tokens[k]!.text !== ','; k++)
    if (isVerb(k)) return true;
  return false;
}

/** A comma closing an embedded clause when a verb-like lower-case word follows: "…, die die Ukraine unterstützen, kritisieren …". */
function closesEmbedded(
  tokens: readonly Token[],
  comma: number,
  lang: Language,
  lexicon: Lexicon,
  inMention: (i: number) => boolean,
): boolean {
  const next = tokens[comma + 1];
  if (!next || !next.word || next.upper || inMention(comma + 1)) return false;
  const w = lexicon.words[lang];
  return !(
    w.determiners.has(next.norm) ||
    w.coordinators.longestAt(tokens, comma + 1) ||
    w.prepositions.longestAt(tokens, comma + 1) ||
    w.lightWords.longestAt(tokens, comma + 1)
  );
}

function newClause(start: number, end: number, kind: ClauseKind, resumes: number | null): Clause {
  return { start, end, kind, resumes };
}

/** Closes the current clause at `at` (unless empty) and opens the next one there. */
function open(
  state: { clauses: Clause[]; current: Clause; size: number },
  at: number,
  kind: ClauseKind,
  resumes: number | null = null,
): void {
  if (at > state.current.start) {
    state.current.end = at;
    state.clauses.push(state.current);
  }
  state.current = newClause(at, state.size, kind, resumes);
}

export function splitClauses(
  tokens: readonly Token[],
  lang: Language,
  lexicon: Lexicon,
  attributionCues: readonly CueHit[],
  inMention: (i: number) => boolean,
  isVerb: (i: number) => boolean,
): Clause[] {
  // A sentence has few attribution cues: arrays, not sets.
  const cueStarts: number[] = [];
  const cueEnds: number[] = [];
  for (const c of attributionCues) {
    cueStarts.push(c.start);
    cueEnds.push(c.end);
  }
  const clauses: Clause[] = [];
  const state = {
    clauses,
    current: newClause(0, tokens.length, 'main', null),
    size: tokens.length,
  };
  const openers = lexicon.words[lang].infinitiveOpenerIds;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const current = state.current;
    if (!token.word && HARD.has(token.text)) {
      open(state, i + 1, 'main');
    } else if (token.text === ',') {
      const kind = boundaryAfterComma(tokens, i, lang, lexicon, cueStarts, inMention);
      if (kind) open(state, i + 1, kind);
      else if (
        current.kind !== 'main' &&
        clauses.length > 0 &&
        closesEmbedded(tokens, i, lang, lexicon, inMention)
      ) {
        const outer = clauses[clauses.length - 1]!;
        open(state, i + 1, 'main', outer.resumes ?? clauses.length - 1);
      } else if (joinsClauses(tokens, i, current.start, lang, lexicon, isVerb))
        open(state, i + 1, 'main');
    } else if (
      i > current.start &&
      token.id >= 0 &&
      token.id < openers.length &&
      openers[token.id] === 1
    ) {
      // "…, ohne China zu bedrohen", "… without threatening China": the outer subject acts here too.
      open(state, i + 1, 'infinitive');
      state.current.resumes = state.clauses.length - 1;
    } else if (lang === 'en' && token.norm === 'that' && cueEnds.includes(i)) {
      // "warned that Russia …": the complement of a speech verb is a clause of its own.
      open(state, i, 'subordinate');
    }
  }
  clauses.push(state.current);
  return clauses;
}
