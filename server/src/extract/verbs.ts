// Verb triggers: the clause subject acts on the object (bare or marked by a preposition the trigger
// allows). German subjects come first in the clause (verb-second, verb-final, or right after a
// clause-initial verb); English subjects are the nearest bare phrase before the verb.

import type { SentenceContext } from './context';
import { pairUp, type Candidate, type Party } from './candidate';
import type { Clause, Role, TriggerHit, Unit } from './types';
import { relativeRole } from './relative';
import { firstBare, lastBare } from './units';

export interface VerbState {
  /** The subject each verb found, so a coordinated verb can share it ("… deployed troops and threatens …"). */
  subjects: Map<number, Unit>;
  /** The antecedent of a relative clause: the last actor phrase before it. */
  antecedent: Unit | null;
  /** The subject of the clause this one continues after an embedded clause. */
  outerSubject: Unit | null;
}

function party(unit: Unit): Party {
  const actors: Party['actors'] = [];
  for (const actor of unit.actors) actors.push({ actor, at: unit.start });
  return { actors, start: unit.start, end: unit.end };
}

/** The last coordinator (und, and, sowie …) in [from, to): where two coordinated verbs part. */
function lastCoordinator(
  ctx: SentenceContext,
  from: number,
  to: number,
): { start: number; end: number } | null {
  let found: { start: number; end: number } | null = null;
  for (let j = from; j < to; j++) {
    const m = ctx.words.coordinators.longestAt(ctx.tokens, j);
    if (m && m.end <= to) found = { start: j, end: m.end };
  }
  return found;
}

function isPassive(ctx: SentenceContext, from: number, hit: TriggerHit): boolean {
  for (let j = Math.max(from, hit.start - 4); j < hit.start; j++) {
    if (ctx.words.passiveAuxiliaries.has(ctx.tokens[j]!.norm)) return true;
  }
  return false;
}

function withRole(list: readonly Unit[], roles: Record<string, Role>, role: Role): Unit | null {
  for (const u of list) if (roles[u.marker] === role) return u;
  return null;
}

export function readVerb(
  ctx: SentenceContext,
  hit: TriggerHit,
  verbs: readonly TriggerHit[],
  units: readonly Unit[],
  clause: Clause,
  state: VerbState,
): Candidate[] {
  const de = ctx.sentence.lang === 'de';
  let prev: TriggerHit | undefined;
  for (let k = verbs.length - 1; k >= 0 && prev === undefined; k--)
    if (verbs[k]!.end <= hit.start) prev = verbs[k];
  let next: TriggerHit | undefined;
  for (const v of verbs)
    if (v.start >= hit.end) {
      next = v;
      break;
    }
  let leftStart = prev ? prev.end : clause.start;
  const leftCoord = prev ? lastCoordinator(ctx, prev.end, hit.start) : null;
  if (leftCoord) leftStart = leftCoord.end;
  let rightEnd = next ? next.start : clause.end;
  const rightCoord = next ? lastCoordinator(ctx, hit.end, next.start) : null;
  if (rightCoord) rightEnd = rightCoord.start;

  const relative = state.antecedent ? relativeRole(ctx, clause) : null;
  let inferred = false;
  let subject = de ? firstBare(units, leftStart, hit.start) : lastBare(units, leftStart, hit.start);
  // In a German relative clause with a nominative pronoun, the pronoun is the subject: "…, das Taiwan bedroht".
  if (relative === 'subject' && (de || !subject)) {
    subject = state.antecedent;
    inferred = true;
  }
  if (!subject && state.outerSubject) subject = state.outerSubject;
  // A non-finite clause has no subject of its own: any bare phrase in it is an object.
  if (clause.kind === 'infinitive' && state.outerSubject) {
    subject = state.outerSubject;
    inferred = true;
  }
  if (!subject && de) subject = firstBare(units, hit.end, rightEnd);
  if (!subject && prev) {
    subject = state.subjects.get(prev.start) ?? null;
    inferred = subject !== null;
  }
  if (!subject) return [];
  state.subjects.set(hit.start, subject);

  const s = subject;
  const roles = hit.entry.roles;
  // Plain loops rather than filter callbacks: this runs for every verb trigger.
  const left: Unit[] = [];
  const right: Unit[] = [];
  let passiveAgent: Unit | undefined;
  for (const u of units) {
    if (u === s || u.start < leftStart || u.end > rightEnd || u.start < s.end) continue;
    if (de && u.end <= hit.start) left.push(u);
    if (u.start >= hit.end) right.push(u);
    if (passiveAgent === undefined && ctx.words.passiveAgents.has(u.marker)) passiveAgent = u;
  }

  if (passiveAgent && isPassive(ctx, leftStart, hit)) {
    return pairUp(party(passiveAgent), party(s), hit, clause, inferred);
  }
  if (hit.entry.subject === 'target') {
    const agent = withRole(left, roles, 'agent') ?? withRole(right, roles, 'agent');
    return agent ? pairUp(party(agent), party(s), hit, clause, inferred) : [];
  }
  const targets: Unit[] = [];
  const leftTarget = withRole(left, roles, 'target');
  if (leftTarget) targets.push(leftTarget);
  const rightTarget = withRole(right, roles, 'target');
  if (rightTarget) targets.push(rightTarget);
  // "…, den Russland unterstützt": the antecedent is the object.
  if (targets.length === 0 && relative === 'object' && state.antecedent)
    targets.push(state.antecedent);
  if (targets.length === 1) return pairUp(party(s), party(targets[0]!), hit, clause, inferred);
  const out: Candidate[] = [];
  for (const t of targets)
    for (const c of pairUp(party(s), party(t), hit, clause, inferred)) out.push(c);
  return out;
}
