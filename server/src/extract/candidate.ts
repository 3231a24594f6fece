// A relation read from a sentence before modality and attribution are added.

import { SYMMETRIC_TYPES, type Actor, type RelationType } from '../domain';
import type { Clause, TriggerHit } from './types';

export interface Candidate {
  type: RelationType;
  source: Actor;
  target: Actor;
  hit: TriggerHit;
  clause: Clause;
  /** Token span from the first to the last of agent, trigger and target (the negation scope). */
  from: number;
  to: number;
  /** An argument was inferred (the clause subject for a noun, a relative clause's antecedent). */
  inferred: boolean;
  /** A participant was taken from an earlier sentence ("die Partnerschaft" named before). */
  resolved?: boolean;
}

export interface Party {
  actors: { actor: Actor; at: number }[];
  start: number;
  end: number;
}

/** All source × target candidates, without self-relations; symmetric types in text order. */
export function pairUp(
  agents: Party,
  targets: Party,
  hit: TriggerHit,
  clause: Clause,
  inferred: boolean,
): Candidate[] {
  const out: Candidate[] = [];
  const from = Math.min(agents.start, targets.start, hit.start);
  const to = Math.max(agents.end, targets.end, hit.end);
  for (const a of agents.actors) {
    for (const t of targets.actors) {
      if (a.actor.id === t.actor.id) continue;
      const swap = SYMMETRIC_TYPES.has(hit.entry.type) && t.at < a.at;
      const [source, target] = swap ? [t.actor, a.actor] : [a.actor, t.actor];
      out.push({ type: hit.entry.type, source, target, hit, clause, from, to, inferred });
    }
  }
  return out;
}
