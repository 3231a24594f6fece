// Simple paths between two actors in an undirected view of the relation graph, shortest first,
// found by depth-first search pruned with breadth-first distances to the target.

import type { ActorPath, RelationDetail } from '../domain';

interface Step {
  to: string;
  relation: RelationDetail;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Neighbours per actor, each list sorted by neighbour id then relation id; self-loops left out. */
function adjacency(relations: Iterable<RelationDetail>): Map<string, Step[]> {
  const steps = new Map<string, Step[]>();
  const add = (from: string, step: Step) => steps.set(from, [...(steps.get(from) ?? []), step]);
  for (const relation of relations) {
    if (relation.source === relation.target) continue;
    add(relation.source, { to: relation.target, relation });
    add(relation.target, { to: relation.source, relation });
  }
  for (const list of steps.values()) {
    list.sort((a, b) => byCodeUnits(a.to, b.to) || byCodeUnits(a.relation.id, b.relation.id));
  }
  return steps;
}

function distancesTo(target: string, steps: Map<string, Step[]>): Map<string, number> {
  const distance = new Map([[target, 0]]);
  let frontier = [target];
  for (let d = 1; frontier.length > 0; d++) {
    const next: string[] = [];
    for (const actor of frontier) {
      for (const { to } of steps.get(actor) ?? []) {
        if (distance.has(to)) continue;
        distance.set(to, d);
        next.push(to);
      }
    }
    frontier = next;
  }
  return distance;
}

/**
 * Up to `limit` simple paths from `from` to `to` of at most `maxLength` relations: shorter
 * first; among equally long ones, step by step by the next actor's id, then the relation's id.
 */
export function simplePaths(
  relations: Iterable<RelationDetail>,
  from: string,
  to: string,
  maxLength: number,
  limit: number,
): ActorPath[] {
  if (from === to || limit < 1) return [];
  const steps = adjacency(relations);
  const distance = distancesTo(to, steps);
  const found: ActorPath[] = [];
  const actors = [from];
  const walked: Step[] = [];
  const onPath = new Set([from]);

  const walk = (length: number): void => {
    const here = actors[actors.length - 1] ?? from;
    for (const step of steps.get(here) ?? []) {
      if (found.length >= limit) return;
      if (onPath.has(step.to)) continue;
      const rest = distance.get(step.to);
      if (rest === undefined || walked.length + 1 + rest > length) continue;
      actors.push(step.to);
      walked.push(step);
      if (step.to === to) {
        if (walked.length === length) found.push(toPath(actors, walked));
      } else {
        onPath.add(step.to);
        walk(length);
        onPath.delete(step.to);
      }
      actors.pop();
      walked.pop();
    }
  };

  const shortest = distance.get(from);
  if (shortest === undefined) return [];
  for (let length = shortest; length <= maxLength && found.length < limit; length++) walk(length);
  return found;
}

function toPath(actors: readonly string[], walked: readonly Step[]): ActorPath {
  return {
    actorIds: [...actors],
    relationIds: walked.map((step) => step.relation.id),
    forward: walked.map((step, i) => step.relation.source === actors[i]),
    relations: walked.map((step) => step.relation),
  };
}
