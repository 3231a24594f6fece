// Definite collective nouns of symmetric relations with one participant in the sentence ("Nordkorea
// nutzt die Partnerschaft", "Russia uses the alliance"): the partner is the one the article named
// last for that participant and type (see discourse.ts); with none, or two recent ones, nothing.

import { SYMMETRIC_TYPES, type Actor } from '../domain';
import type { Candidate } from './candidate';
import type { SentenceContext } from './context';
import { isRemembered, partnerOf, type Discourse } from './discourse';
import { adjectivesOnly, MAX_MODIFIER_GAP, readNounFrame, type NounFrame } from './frames';
import { buildGroups } from './groups';
import { participantsOf, type ClauseLinks } from './nouns';
import { findTriggers } from './triggers';
import type { ActorMention, Clause, TriggerHit, Unit } from './types';
import { buildUnits, firstBare } from './units';

type Region = { start: number; end: number } | null;

const NONE: readonly Candidate[] = Object.freeze([]);

/** A trigger that can stand for a relation named before: a collective noun of a symmetric type. */
function isRelationalNoun(hit: TriggerHit): boolean {
  const e = hit.entry;
  return e.pos === 'noun' && e.collective && SYMMETRIC_TYPES.has(e.type) && !e.near && !e.particle;
}

/** True when a definite, demonstrative or possessive determiner opens the noun phrase. */
function isDefinite(ctx: SentenceContext, hit: TriggerHit): boolean {
  const floor = Math.max(0, hit.start - 1 - MAX_MODIFIER_GAP);
  for (let j = hit.start - 1; j >= floor; j--) {
    const t = ctx.tokens[j]!;
    if (!t.word) return false;
    const w = ctx.words;
    if (w.definiteDeterminers.has(t.norm) || w.possessives.has(t.norm))
      return adjectivesOnly(ctx, j + 1, hit.start);
    if (w.determiners.has(t.norm)) return false;
  }
  return false;
}

/**
 * True when a prepositional complement after the noun names participants itself ("die Partnerschaft
 * zwischen …", "the alliance with …"): "between" always brings its own pair, and a complement whose
 * actor the lexicon does not know ("mit Belarus" with Belarus unknown) must not be replaced by a guess.
 */
function hasComplement(ctx: SentenceContext, frame: NounFrame): boolean {
  const { hit } = frame;
  const match = ctx.words.prepositions.longestAt(ctx.tokens, hit.end);
  const role = match ? hit.entry.roles[match.values[0]!] : undefined;
  if (role === undefined) return false;
  if (role === 'pair') return true;
  for (const list of [frame.pairs, frame.agents, frame.targets])
    for (const g of list) if (g.start >= hit.end) return false;
  return true;
}

function outside(mentions: readonly ActorMention[], region: Region): ActorMention[] {
  if (region === null) return mentions as ActorMention[];
  const out: ActorMention[] = [];
  for (const m of mentions) if (m.start < region.start || m.start >= region.end) out.push(m);
  return out;
}

/** The relational nouns of the sentence; searched here when the context skipped its trigger search. */
function relationalNouns(ctx: SentenceContext): TriggerHit[] {
  const hits =
    ctx.mentions.length >= 2
      ? ctx.triggers
      : findTriggers(
          ctx.tokens,
          ctx.lexicon,
          ctx.sentence.lang,
          (i) => ctx.mentionAt(i) !== undefined,
        );
  const out: TriggerHit[] = [];
  for (const h of hits) {
    if (!isRelationalNoun(h)) continue;
    // A word that is an attribution cue is not also a relation trigger.
    let cue = false;
    for (const c of ctx.attributionCues) if (c.start <= h.start && h.start < c.end) cue = true;
    if (!cue) out.push(h);
  }
  return out;
}

function unitsOf(ctx: SentenceContext, mentions: readonly ActorMention[], clause: Clause): Unit[] {
  return buildUnits(ctx, buildGroups(ctx, mentions, clause), [], clause);
}

/** The relative-clause antecedent and the resumed subject, as the sentence reader links clauses. */
function linksOf(ctx: SentenceContext, mentions: readonly ActorMention[], at: number): ClauseLinks {
  const clauses = ctx.clauses;
  let antecedent: Unit | null = null;
  for (let k = at - 1; k >= 0 && antecedent === null; k--) {
    const units = unitsOf(ctx, mentions, clauses[k]!);
    antecedent = units[units.length - 1] ?? null;
  }
  const resumes = clauses[at]!.resumes;
  const outer = resumes === null ? [] : unitsOf(ctx, mentions, clauses[resumes]!);
  return { antecedent, outerSubject: firstBare(outer, -Infinity, Infinity) };
}

/**
 * Candidates for definite relational nouns that the sentence alone could not pair: `found` holds the
 * sentence's own candidates (a noun they use is left alone). Only sentences naming an actor the
 * article has related before are searched.
 */
export function definiteCandidates(
  ctx: SentenceContext,
  region: Region,
  discourse: Discourse,
  index: number,
  found: readonly Candidate[],
): readonly Candidate[] {
  // Runs for every sentence: no allocation until a remembered actor is named outside the speaker.
  if (discourse.links.length === 0 || ctx.mentions.length === 0) return NONE;
  let known = false;
  for (const m of ctx.mentions) {
    const speaker = region !== null && m.start >= region.start && m.start < region.end;
    if (!known && !speaker && isRemembered(discourse, m.actor.id)) known = true;
  }
  if (!known) return NONE;
  const mentions = outside(ctx.mentions, region);
  const out: Candidate[] = [];
  const nouns = relationalNouns(ctx);
  for (const hit of nouns) {
    let used = false;
    for (const c of found) if (c.hit.start === hit.start) used = true;
    if (used || !isDefinite(ctx, hit)) continue;
    const clauses = ctx.clauses;
    let at = clauses.length - 1;
    while (at > 0 && clauses[at]!.start > hit.start) at--;
    const clause = clauses[at]!;
    const groups = buildGroups(ctx, mentions, clause);
    let windowEnd = clause.end;
    for (const t of ctx.triggers)
      if (t.start >= hit.end && t.start < windowEnd && t.start >= clause.start) windowEnd = t.start;
    const frame = readNounFrame(ctx, hit, groups, clause, windowEnd);
    if (hasComplement(ctx, frame)) continue;
    const units = buildUnits(ctx, groups, [frame], clause);
    const party = participantsOf(ctx, frame, units, linksOf(ctx, mentions, at));
    if (party?.actors.length !== 1) continue;
    const one = party.actors[0]!.actor;
    const partner: Actor | null = partnerOf(discourse, one.id, hit.entry.type, index);
    if (partner === null || partner.id === one.id) continue;
    out.push({
      type: hit.entry.type,
      source: one,
      target: partner,
      hit,
      clause,
      from: Math.min(party.start, hit.start),
      to: Math.max(party.end, hit.end),
      inferred: true,
      resolved: true,
    });
  }
  return out;
}
