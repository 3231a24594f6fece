// Who asserts what a sentence says: a speech cue with its speaker (sagt Nato-Generalsekretär Mark
// Rutte, laut ISW, so Rutte, "Rutte: …"), a pronoun speaker (betont er), or reported speech and quotes
// that continue the previous speaker.

import type { Actor } from '../domain';
import type { SentenceContext } from './context';
import { hasCue } from './cues';
import { nearSatisfied } from './triggers';
import type { ActorMention, CueHit } from './types';

const SEARCH_WORDS = 5;
const HEADLINE_WORDS = 6;
const CARRY_SENTENCES = 2;
const OPENING_QUOTE = /^[«„“"‹]/;
const GENITIVE_LINKS = new Set(['of', 'von']);

export interface Claim {
  claimant: Actor | null;
  claimantName: string | null;
}

export interface Attribution extends Claim {
  /** Token range of the cue and speaker; actors in it are not arguments of relations. */
  region: { start: number; end: number } | null;
}

export interface Memory {
  lastPerson: Claim | null;
  lastOrganisation: Claim | null;
  lastClaim: (Claim & { sentence: number }) | null;
}

export function newMemory(): Memory {
  return { lastPerson: null, lastOrganisation: null, lastClaim: null };
}

/** Persons and organisations speak for an actor; a demonym rarely names a speaker. */
function rank(m: ActorMention): number {
  if (m.form === 'person') return 0;
  if (m.actor.kind === 'ORGANISATION' && m.form !== 'demonym') return 1;
  return m.form === 'demonym' ? 3 : 2;
}

function claimOf(m: ActorMention): Claim {
  // The name without a possessive 's (as /['’]s$/ would strip it), without a regex per mention.
  const text = m.text;
  const possessive = text.endsWith("'s") || text.endsWith('’s');
  return { claimant: m.actor, claimantName: possessive ? text.slice(0, -2) : text };
}

/** The best-ranked mention, the shorter on a tie, the first on a full tie (a stable sort's first). */
function best(mentions: ActorMention[]): ActorMention | null {
  let chosen: ActorMention | null = null;
  for (const m of mentions) {
    if (chosen === null) {
      chosen = m;
      continue;
    }
    const order = rank(m) - rank(chosen) || m.text.length - chosen.text.length;
    if (order < 0) chosen = m;
  }
  return chosen;
}

/** Extends a speaker phrase over adjacent mentions, titles and determiners ("Nato-Generalsekretär Mark Rutte"). */
function run(ctx: SentenceContext, at: number, step: 1 | -1, from: number, to: number): number {
  let j = at;
  for (;;) {
    const k = j + step;
    if (k < from || k >= to) return j;
    const t = ctx.tokens[k]!;
    const ok =
      ctx.mentionAt(k) ||
      (t.word && (t.upper || ctx.words.determiners.has(t.norm))) ||
      t.text === '(' ||
      t.text === ')';
    if (!ok || ctx.isTrigger(k) || ctx.isCue(k)) return j;
    j = k;
  }
}

type Found =
  | { kind: 'mentions'; start: number; end: number }
  | { kind: 'pronoun'; claim: Claim | null }
  | null;

function pronoun(ctx: SentenceContext, j: number, memory: Memory): Found {
  const norm = ctx.tokens[j]!.norm;
  if (ctx.words.personPronouns.has(norm)) return { kind: 'pronoun', claim: memory.lastPerson };
  if (ctx.words.organisationPronouns.has(norm))
    return { kind: 'pronoun', claim: memory.lastOrganisation };
  return null;
}

function search(ctx: SentenceContext, cue: CueHit, step: 1 | -1, memory: Memory): Found {
  const clause = ctx.clauseOf(cue.start);
  let words = 0;
  let sawNoun = false;
  for (
    let j = step === 1 ? cue.end : cue.start - 1;
    j >= clause.start && j < clause.end;
    j += step
  ) {
    const t = ctx.tokens[j]!;
    if (ctx.mentionAt(j)) {
      const other = run(ctx, j, step, clause.start, clause.end);
      return { kind: 'mentions', start: Math.min(j, other), end: Math.max(j, other) + 1 };
    }
    if (!t.word) {
      if (t.text === ',') return null;
      continue;
    }
    if (words <= 1 || step === -1) {
      const p = pronoun(ctx, j, memory);
      if (p) return p;
    }
    if (ctx.isTrigger(j) || ++words > SEARCH_WORDS) return null;
    // After the head noun of the speaker phrase only a genitive may follow ("die Analysten des ISW").
    if (
      step === 1 &&
      sawNoun &&
      !t.upper &&
      !ctx.words.determiners.has(t.norm) &&
      !GENITIVE_LINKS.has(t.norm)
    )
      return null;
    if (step === 1 && t.upper) sawNoun = true;
  }
  return null;
}

function fromCue(ctx: SentenceContext, cue: CueHit, memory: Memory): Attribution | null {
  const clause = ctx.clauseOf(cue.start);
  const { near, final, speaker } = cue.spec;
  if (near && !nearSatisfied(ctx.tokens, cue.start, cue.end, near, clause)) return null;
  if (final && (clause.end !== ctx.tokens.length || ctx.tokens[cue.start - 1]?.text !== ','))
    return null;
  const found =
    (speaker !== 'after' ? search(ctx, cue, -1, memory) : null) ??
    (speaker !== 'before' ? search(ctx, cue, 1, memory) : null);
  if (found === null)
    return final
      ? null
      : { claimant: null, claimantName: null, region: { start: cue.start, end: cue.end } };
  if (found.kind === 'pronoun') {
    return {
      claimant: found.claim?.claimant ?? null,
      claimantName: found.claim?.claimantName ?? null,
      region: { start: cue.start, end: cue.end },
    };
  }
  const speakers: ActorMention[] = [];
  for (const m of ctx.mentions) if (m.start >= found.start && m.end <= found.end) speakers.push(m);
  const chosen = best(speakers);
  if (!chosen) return null;
  const claim = claimOf(chosen);
  return {
    claimant: claim.claimant,
    claimantName: claim.claimantName,
    region: { start: Math.min(found.start, cue.start), end: Math.max(found.end, cue.end) },
  };
}

/** "Rutte: Russland, Nordkorea und China bedrohen auch USA". */
function fromHeadline(ctx: SentenceContext): Attribution | null {
  // Runs for every sentence and most have no colon: plain loops, no temporary arrays.
  const tokens = ctx.tokens;
  let colon = -1;
  let words = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ':') {
      colon = k;
      break;
    }
    if (t.word) words++;
  }
  if (colon <= 0 || words > HEADLINE_WORDS) return null;
  const speakers: ActorMention[] = [];
  for (const m of ctx.mentions) if (m.end <= colon) speakers.push(m);
  const chosen = best(speakers);
  if (!chosen) return null;
  for (const t of ctx.triggers) if (t.start < colon) return null;
  const claim = claimOf(chosen);
  return {
    claimant: claim.claimant,
    claimantName: claim.claimantName,
    region: { start: 0, end: colon + 1 },
  };
}

/** True when token k could be a verb in -e ending a clause in reported speech ("liefere"). */
function mayBeSubjunctive(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return (
    !t.upper &&
    t.norm.length >= 5 &&
    t.norm.endsWith('e') &&
    !ctx.words.notVerbs.has(t.norm) &&
    !ctx.mentionAt(k)
  );
}

/** Konjunktiv I ("erhalte", "liefere", "sei") or a clause ending in a verb in -e: indirect speech. */
function isReportedSpeech(ctx: SentenceContext): boolean {
  if (hasCue(ctx.cues, 'reported')) return true;
  if (ctx.sentence.lang !== 'de') return false;
  // Without any such word no clause can end in one: the clause split is spared.
  let any = false;
  for (let k = 0; k < ctx.tokens.length && !any; k++)
    any = ctx.tokens[k]!.word && mayBeSubjunctive(ctx, k);
  if (!any) return false;
  for (const c of ctx.clauses) {
    let last = c.end - 1;
    while (last >= c.start && !ctx.tokens[last]!.word) last--;
    if (last >= 0 && last < ctx.tokens.length && last > c.start && mayBeSubjunctive(ctx, last))
      return true;
  }
  return false;
}

export function findAttribution(
  ctx: SentenceContext,
  memory: Memory,
  index: number,
): Attribution | null {
  const headline = fromHeadline(ctx);
  if (headline) return headline;
  let unresolved: Attribution | null = null;
  for (const cue of ctx.attributionCues) {
    const found = fromCue(ctx, cue, memory);
    if (found && found.claimant !== null) return found;
    unresolved ??= found;
  }
  if (unresolved) return unresolved;
  const last = memory.lastClaim;
  // Only a recent speaker can be continued; the reported-speech test is skipped otherwise.
  if (!last || index - last.sentence > CARRY_SENTENCES) return null;
  if (OPENING_QUOTE.test(ctx.sentence.text) || isReportedSpeech(ctx)) {
    return { claimant: last.claimant, claimantName: last.claimantName, region: null };
  }
  return null;
}

/** Remembers the speakers and the last persons and organisations named, for the sentences that follow. */
export function remember(
  ctx: SentenceContext,
  memory: Memory,
  attribution: Attribution | null,
  index: number,
): void {
  // Only the last person and the last organisation count: search from the end, so only those two
  // claims are built.
  let person = false;
  let organisation = false;
  for (let k = ctx.mentions.length - 1; k >= 0 && !(person && organisation); k--) {
    const m = ctx.mentions[k]!;
    if (m.form === 'person') {
      if (!person) memory.lastPerson = claimOf(m);
      person = true;
    } else if (m.actor.kind === 'ORGANISATION' && m.form !== 'demonym') {
      if (!organisation) memory.lastOrganisation = claimOf(m);
      organisation = true;
    }
  }
  // Reported speech keeps the speaker alive from sentence to sentence.
  if (attribution)
    memory.lastClaim = {
      claimant: attribution.claimant,
      claimantName: attribution.claimantName,
      sentence: index,
    };
}
