// Noun triggers and their arguments: the modifier before the noun (russische Hilfe, Russia's war,
// Putin-Kim-Bündnis), the genitive after it (Krieg Russlands) and prepositional phrases (gegen die Ukraine).

import type { SentenceContext } from './context';
import type { Clause, Group, Role, TriggerHit } from './types';

export const MAX_MODIFIER_GAP = 3;

export interface NounFrame {
  hit: TriggerHit;
  clause: Clause;
  agents: Group[];
  targets: Group[];
  pairs: Group[];
  /** First token of the frame (its modifier or the noun). */
  start: number;
  /** End of its last argument. */
  end: number;
}

/** True when the words between a group and the noun can only be adjectives ("full-scale", "militärische"). */
export function adjectivesOnly(ctx: SentenceContext, from: number, to: number): boolean {
  if (to - from > MAX_MODIFIER_GAP) return false;
  for (let j = from; j < to; j++) {
    const t = ctx.tokens[j]!;
    if (!t.word || t.upper || ctx.isTrigger(j) || ctx.isCue(j)) return false;
    const w = ctx.words;
    if (
      w.determiners.has(t.norm) ||
      w.prepositions.longestAt(ctx.tokens, j) ||
      w.coordinators.longestAt(ctx.tokens, j)
    ) {
      return false;
    }
    if (w.subordinators.has(t.norm) || w.relativePronouns.has(t.norm)) return false;
  }
  return true;
}

/** The group that modifies the noun from before it, if any. */
function modifierBefore(
  ctx: SentenceContext,
  hit: TriggerHit,
  groups: readonly Group[],
): Group | null {
  let group: Group | undefined;
  for (let k = groups.length - 1; k >= 0 && group === undefined; k--)
    if (groups[k]!.end <= hit.start) group = groups[k];
  if (!group || !adjectivesOnly(ctx, group.end, hit.start)) return null;
  const last = group.mentions[group.mentions.length - 1]!;
  const compound = group.end === hit.start && ctx.tokens[hit.start]!.joined;
  if (compound || last.form === 'demonym' || last.genitive) return group;
  // English stacks nouns freely ("US sanctions", "the Russia-North Korea alliance").
  return ctx.sentence.lang === 'en' ? group : null;
}

/** The genitive group right after the noun ("Krieg Russlands", "Unterstützung der Ukraine"). */
function genitiveAfter(
  ctx: SentenceContext,
  hit: TriggerHit,
  groups: readonly Group[],
): Group | null {
  let group: Group | undefined;
  for (const g of groups)
    if (g.start >= hit.end) {
      group = g;
      break;
    }
  if (!group || group.marker !== 'GEN') return null;
  for (let j = hit.end; j < group.start; j++) {
    const t = ctx.tokens[j]!;
    if (!t.word || t.upper || j - hit.end > MAX_MODIFIER_GAP) return null;
  }
  return group;
}

/** Adds a group to the frame in its role. (A module function: a named closure per frame costs more under tsx.) */
function assign(frame: NounFrame, group: Group, role: Role | undefined): void {
  if (!role) return;
  (role === 'agent' ? frame.agents : role === 'target' ? frame.targets : frame.pairs).push(group);
  frame.start = Math.min(frame.start, group.start);
  frame.end = Math.max(frame.end, group.end);
}

/** Reads the arguments of a noun trigger from the groups of its clause. */
export function readNounFrame(
  ctx: SentenceContext,
  hit: TriggerHit,
  groups: readonly Group[],
  clause: Clause,
  windowEnd: number,
): NounFrame {
  const frame: NounFrame = {
    hit,
    clause,
    agents: [],
    targets: [],
    pairs: [],
    start: hit.start,
    end: hit.end,
  };
  const roles = hit.entry.roles;
  const before = modifierBefore(ctx, hit, groups);
  if (before) assign(frame, before, roles.PRE ?? 'agent');
  const genitive = genitiveAfter(ctx, hit, groups);
  const seen = new Set<string>();
  for (const group of groups) {
    if (group.start < hit.end || group.start >= windowEnd || group === genitive) continue;
    if (group.marker === 'GEN' || seen.has(group.marker)) continue;
    const role = roles[group.marker];
    if (role === undefined) continue;
    seen.add(group.marker);
    assign(frame, group, role);
  }
  if (genitive) {
    // With the object in a prepositional phrase, the genitive is the actor: "Einmarsch Russlands in die Ukraine".
    const role = roles.GEN === 'target' && frame.targets.length > 0 ? 'agent' : roles.GEN;
    assign(frame, genitive, role);
  }
  return frame;
}
