// Reads the relation mentions of one sentence: groups and frames per clause, then nouns and verbs,
// then attribution, modality and confidence.

import type { Actor, RelationMention } from '../domain';
import { SYMMETRIC_TYPES } from '../domain';
import { findAttribution, remember, type Memory } from './attribution';
import type { Candidate } from './candidate';
import type { SentenceContext } from './context';
import { definiteCandidates } from './definite';
import { recordRelations, type Discourse } from './discourse';
import { readNounFrame, type NounFrame } from './frames';
import { buildGroups } from './groups';
import { confidenceOf, isQuestion, modalityOf } from './modality';
import { readNoun } from './nouns';
import type { Clause, TriggerHit, Unit } from './types';
import { buildUnits, firstBare } from './units';
import { readVerb } from './verbs';

export interface SentenceResult {
  mentions: RelationMention[];
  actors: Actor[];
}

function inClause(hit: TriggerHit, clause: Clause): boolean {
  return hit.start >= clause.start && hit.start < clause.end;
}

/** The first trigger of the clause after `hit`: where a noun frame's arguments end. */
function windowEnd(hits: readonly TriggerHit[], hit: TriggerHit, clause: Clause): number {
  for (const t of hits) if (t.start >= hit.end) return t.start;
  return clause.end;
}

function candidates(
  ctx: SentenceContext,
  region: { start: number; end: number } | null,
): Candidate[] {
  // Actors inside the attribution (the speaker) are not arguments of relations.
  let mentions = ctx.mentions;
  if (region !== null) {
    mentions = [];
    for (const m of ctx.mentions)
      if (m.start < region.start || m.start >= region.end) mentions.push(m);
  }
  if (mentions.length < 2) return [];
  // A clause's units matter only to the clauses after it: those after the last trigger are not read.
  let lastHit = -1;
  for (const t of ctx.triggers) if (t.start > lastHit) lastHit = t.start;
  const out: Candidate[] = [];
  const unitsOf: Unit[][] = [];
  let previous: Unit[] = [];
  for (const clause of ctx.clauses) {
    if (clause.start > lastHit) break;
    const groups = buildGroups(ctx, mentions, clause);
    const hits: TriggerHit[] = [];
    for (const t of ctx.triggers) if (inClause(t, clause)) hits.push(t);
    const frames: NounFrame[] = [];
    const verbs: TriggerHit[] = [];
    for (const h of hits) {
      if (h.entry.pos === 'noun')
        frames.push(readNounFrame(ctx, h, groups, clause, windowEnd(hits, h, clause)));
      else if (h.entry.pos === 'verb') verbs.push(h);
    }
    const units = buildUnits(ctx, groups, frames, clause);
    const outer = clause.resumes === null ? [] : (unitsOf[clause.resumes] ?? []);
    const links = {
      antecedent: previous[previous.length - 1] ?? null,
      outerSubject: firstBare(outer, -Infinity, Infinity),
    };
    for (const frame of frames) for (const c of readNoun(ctx, frame, units, links)) out.push(c);
    if (verbs.length > 0) {
      const state = {
        subjects: new Map<number, Unit>(),
        antecedent: links.antecedent,
        outerSubject: links.outerSubject,
      };
      for (const verb of verbs)
        for (const c of readVerb(ctx, verb, verbs, units, clause, state)) out.push(c);
    }
    unitsOf.push(units);
    if (units.length > 0) previous = units;
  }
  return out;
}

function key(c: Candidate): string {
  const swap = SYMMETRIC_TYPES.has(c.type) && c.target.id < c.source.id;
  const a = swap ? c.target.id : c.source.id;
  const b = swap ? c.source.id : c.target.id;
  return `${a}|${c.type}|${b}`;
}

/** Sets `value` at `key` in parallel arrays, as a Map would: in place when present, else at the end. */
function put<V>(keys: string[], values: V[], key: string, value: V): void {
  const at = keys.indexOf(key);
  if (at >= 0) values[at] = value;
  else {
    keys.push(key);
    values.push(value);
  }
}

/**
 * `discourse`: the relations of the article so far, for definite relational nouns ("die
 * Partnerschaft" named before); it learns this sentence's relations.
 */
export function readSentence(
  ctx: SentenceContext,
  memory: Memory,
  index: number,
  discourse?: Discourse,
): SentenceResult {
  const attribution = findAttribution(ctx, memory, index);
  const { sentence, tokens } = ctx;
  const candidateList =
    ctx.triggers.length === 0 ? [] : candidates(ctx, attribution?.region ?? null);
  if (discourse) {
    const region = attribution?.region ?? null;
    for (const c of definiteCandidates(ctx, region, discourse, index, candidateList))
      candidateList.push(c);
  }
  if (candidateList.length === 0) {
    // Most sentences yield nothing: they only leave their speakers behind.
    remember(ctx, memory, attribution, index);
    return { mentions: [], actors: [] };
  }
  // A sentence yields a few relations: parallel arrays stand in for maps (keeping their order).
  const keys: string[] = [];
  const best: RelationMention[] = [];
  const actorIds: string[] = [];
  const actors: Actor[] = [];
  const question = isQuestion(sentence.text);
  for (const c of candidateList) {
    const modality = modalityOf(ctx, c, question);
    const confidence = confidenceOf(c, modality);
    const k = key(c);
    const at = keys.indexOf(k);
    if (at >= 0 && best[at]!.confidence >= confidence) continue;
    const first = tokens[c.hit.start]!;
    const last = tokens[c.hit.end - 1]!;
    put(keys, best, k, {
      source: c.source.id,
      type: c.type,
      target: c.target.id,
      claimant: attribution?.claimant?.id ?? null,
      claimantName: attribution?.claimant ? attribution.claimantName : null,
      modality,
      sentence: sentence.text,
      start: sentence.start,
      end: sentence.end,
      trigger: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
      confidence,
    });
    put(actorIds, actors, c.source.id, c.source);
    put(actorIds, actors, c.target.id, c.target);
  }
  const claimant = attribution?.claimant;
  if (claimant && best.length > 0) put(actorIds, actors, claimant.id, claimant);
  remember(ctx, memory, attribution, index);
  if (discourse) recordRelations(discourse, best, actors, index);
  return { mentions: best, actors };
}
