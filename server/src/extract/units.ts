// Arguments of verbs: groups, with collective frames ("die Zusammenarbeit Russlands mit Nordkorea und
// China") merged into one unit that stands for all its participants.

import type { Actor } from '../domain';
import type { SentenceContext } from './context';
import type { NounFrame } from './frames';
import { markerAt } from './groups';
import type { Clause, Group, Unit } from './types';

function hasActor(list: readonly { actor: Actor }[], id: string): boolean {
  for (const a of list) if (a.actor.id === id) return true;
  return false;
}

/** The distinct actors of the groups, each with its first position. Groups hold a few actors: a
 * linear search beats a set, and this runs for every group of every clause. */
export function actorsOf(groups: readonly Group[]): { actor: Actor; at: number }[] {
  const out: { actor: Actor; at: number }[] = [];
  for (const g of groups) {
    for (const m of g.mentions) {
      if (!hasActor(out, m.actor.id)) out.push({ actor: m.actor, at: m.start });
    }
  }
  return out;
}

/** The distinct actors of one group, in order. */
function groupActors(group: Group): Actor[] {
  const out: Actor[] = [];
  for (const m of group.mentions) {
    let seen = false;
    for (const a of out) if (a.id === m.actor.id) seen = true;
    if (!seen) out.push(m.actor);
  }
  return out;
}

function groupUnit(group: Group): Unit {
  return {
    actors: groupActors(group),
    start: group.start,
    end: group.end,
    marker: group.marker,
    frame: null,
  };
}

/**
 * The actors a noun frame stands for as an argument: all participants of a collective frame
 * ("die Zusammenarbeit Russlands mit Nordkorea und China"), the agent of an event ("Russia's war").
 */
function frameActors(ctx: SentenceContext, frame: NounFrame): Group[] | null {
  const { hit } = frame;
  // A word read both as noun and verb ("support") stays a verb argument boundary, not a unit.
  for (const t of ctx.triggers) if (t.start === hit.start && t.entry.pos === 'verb') return null;
  const core = [...frame.pairs, ...frame.agents];
  if (core.length === 0) return null;
  if (!hit.entry.collective) return frame.agents;
  const all = [...core, ...frame.targets];
  return actorsOf(all).length >= 2 ? all : null;
}

/** The units of a clause: its groups, with those inside a noun frame replaced by the frame. */
export function buildUnits(
  ctx: SentenceContext,
  groups: readonly Group[],
  frames: readonly NounFrame[],
  clause: Clause,
): Unit[] {
  const units: Unit[] = [];
  // Most clauses have no noun frame: no set for them.
  const absorbed = frames.length === 0 ? null : new Set<Group>();
  for (const frame of frames) {
    const members = frameActors(ctx, frame);
    if (!members) continue;
    for (const list of [frame.pairs, frame.agents, frame.targets])
      for (const g of list) absorbed?.add(g);
    units.push({
      actors: actorsOf(members).map((a) => a.actor),
      start: frame.start,
      end: frame.end,
      marker: markerAt(ctx, frame.start, clause),
      frame: frame.hit,
    });
  }
  for (const g of groups) if (absorbed === null || !absorbed.has(g)) units.push(groupUnit(g));
  // Groups come in text order; only frames can put units out of order (a sort copies the array).
  for (let k = 1; k < units.length; k++)
    if (units[k - 1]!.start > units[k]!.start) return units.sort((a, b) => a.start - b.start);
  return units;
}

/** The first bare unit in [from, to) that is not `except`. */
export function firstBare(
  units: readonly Unit[],
  from: number,
  to: number,
  except?: (u: Unit) => boolean,
): Unit | null {
  for (const u of units)
    if (u.marker === '' && u.start >= from && u.end <= to && !except?.(u)) return u;
  return null;
}

export function lastBare(units: readonly Unit[], from: number, to: number): Unit | null {
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.marker === '' && u.start >= from && u.end <= to) return u;
  }
  return null;
}
