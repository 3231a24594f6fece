// Reads the relation mentions of one sentence: groups and frames per clause, then nouns and verbs,
// then attribution, modality and confidence.

import type { Actor, RelationMention } from '../domain';
import { SYMMETRIC_TYPES } from '../domain';
import { findAttribution, remember, type Memory } from './attribution';
import type { Candidate } from './candidate';
import type { SentenceContext } from './context';
import { readNounFrame } from './frames';
import { buildGroups } from './groups';
import { confidenceOf, modalityOf } from './modality';
import { readNoun } from './nouns';
import type { Clause, TriggerHit, Unit } from './types';
import { buildUnits } from './units';
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
  const mentions =
    region === null
      ? ctx.mentions
      : ctx.mentions.filter((m) => m.start < region.start || m.start >= region.end);
  if (mentions.length < 2) return [];
  const out: Candidate[] = [];
  const unitsOf: Unit[][] = [];
  let previous: Unit[] = [];
  for (const clause of ctx.clauses) {
    const groups = buildGroups(ctx, mentions, clause);
    const hits = ctx.triggers.filter((t) => inClause(t, clause));
    const frames = hits
      .filter((h) => h.entry.pos === 'noun')
      .map((h) => readNounFrame(ctx, h, groups, clause, windowEnd(hits, h, clause)));
    const units = buildUnits(ctx, groups, frames, clause);
    const outer = clause.resumes === null ? [] : (unitsOf[clause.resumes] ?? []);
    const links = {
      antecedent: previous[previous.length - 1] ?? null,
      outerSubject: outer.find((u) => u.marker === '') ?? null,
    };
    for (const frame of frames) out.push(...readNoun(ctx, frame, units, links));
    const verbs = hits.filter((h) => h.entry.pos === 'verb');
    const state = { subjects: new Map<number, Unit>(), ...links };
    for (const verb of verbs) out.push(...readVerb(ctx, verb, verbs, units, clause, state));
    unitsOf.push(units);
    if (units.length > 0) previous = units;
  }
  return out;
}

function key(c: Candidate): string {
  const [a, b] =
    SYMMETRIC_TYPES.has(c.type) && c.target.id < c.source.id
      ? [c.target.id, c.source.id]
      : [c.source.id, c.target.id];
  return `${a}|${c.type}|${b}`;
}

export function readSentence(ctx: SentenceContext, memory: Memory, index: number): SentenceResult {
  const attribution = findAttribution(ctx, memory, index);
  const { sentence, tokens } = ctx;
  const best = new Map<string, RelationMention>();
  const actors = new Map<string, Actor>();
  const candidateList =
    ctx.triggers.length === 0 ? [] : candidates(ctx, attribution?.region ?? null);
  for (const c of candidateList) {
    const modality = modalityOf(ctx, c);
    const confidence = confidenceOf(c, modality);
    const k = key(c);
    const seen = best.get(k);
    if (seen && seen.confidence >= confidence) continue;
    const first = tokens[c.hit.start]!;
    const last = tokens[c.hit.end - 1]!;
    best.set(k, {
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
    actors.set(c.source.id, c.source).set(c.target.id, c.target);
  }
  const claimant = attribution?.claimant;
  if (claimant && best.size > 0) actors.set(claimant.id, claimant);
  remember(ctx, memory, attribution, index);
  return { mentions: [...best.values()], actors: [...actors.values()] };
}
