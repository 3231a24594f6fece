// Possessive determiners before a noun trigger ("over its support for Russia", "wegen seiner
// Unterstützung für Russland"): the possessor, not the clause subject, is the noun's agent.

import type { Actor } from '../domain';
import type { Party } from './candidate';
import type { SentenceContext } from './context';
import { adjectivesOnly, MAX_MODIFIER_GAP } from './frames';
import type { Group, TriggerHit, Unit } from './types';

/** The index of the possessive determiner before the noun (adjectives may stand between), or -1. */
export function possessiveBefore(ctx: SentenceContext, hit: TriggerHit): number {
  const floor = Math.max(0, hit.start - 1 - MAX_MODIFIER_GAP);
  for (let j = hit.start - 1; j >= floor; j--) {
    const t = ctx.tokens[j]!;
    if (!t.word) return -1;
    if (ctx.words.possessives.has(t.norm)) return adjectivesOnly(ctx, j + 1, hit.start) ? j : -1;
  }
  return -1;
}

function hasActor(actors: readonly Actor[], actor: Actor): boolean {
  for (const a of actors) if (a.id === actor.id) return true;
  return false;
}

function isTarget(targets: readonly Group[], actor: Actor): boolean {
  for (const g of targets) for (const m of g.mentions) if (m.actor.id === actor.id) return true;
  return false;
}

/**
 * Who the determiner at `at` refers back to: the nearest actor mention before it in the sentence
 * that is not the noun's target, widened to its clause unit ("Russland und Nordkorea … ihre
 * Partnerschaft"). Null when the sentence has none: the relation is dropped rather than guessed.
 */
export function possessorOf(
  ctx: SentenceContext,
  at: number,
  units: readonly Unit[],
  targets: readonly Group[],
): Party | null {
  const mentions = ctx.mentions;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.end > at || isTarget(targets, m.actor)) continue;
    for (const u of units) {
      // A coordinated group or a frame's agent, not a frame that only mentions it ("sanctions against Belarus").
      if (u.start > m.start || u.end < m.end || !hasActor(u.actors, m.actor)) continue;
      const actors: Party['actors'] = [];
      for (const actor of u.actors)
        if (!isTarget(targets, actor)) actors.push({ actor, at: u.start });
      if (actors.length > 0) return { actors, start: u.start, end: u.end };
    }
    return { actors: [{ actor: m.actor, at: m.start }], start: m.start, end: m.end };
  }
  return null;
}
