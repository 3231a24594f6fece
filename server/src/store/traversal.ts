// Neighbourhoods and paths as generators that yield the actors whose relations they need next
// and receive those relations: the hop logic is shared, while SQLite answers each hop
// synchronously inside one transaction and Neo4j asynchronously inside one read transaction.

import { simplePaths } from '../analysis/paths';
import { InputError, type ActorPath, type RelationDetail } from '../domain';
import { compareStrings } from './aggregate';
import type { PathOptions } from './store';

/** Yields actor ids, receives every relation (passing the filter) that touches one of them. */
export type Search<R> = Generator<string[], R, RelationDetail[]>;

export function runSearch<R>(search: Search<R>, load: (actors: string[]) => RelationDetail[]): R {
  let state = search.next();
  while (!state.done) state = search.next(load(state.value));
  return state.value;
}

export async function runSearchAsync<R>(
  search: Search<R>,
  load: (actors: string[]) => Promise<RelationDetail[]>,
): Promise<R> {
  let state = search.next();
  while (!state.done) state = search.next(await load(state.value));
  return state.value;
}

function integerIn(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

export function checkDepth(depth: number): number {
  return integerIn(depth, 'depth', 1, 3);
}

export function pathLimits(options: PathOptions): { maxLength: number; limit: number } {
  return {
    maxLength: integerIn(options.maxLength ?? 4, 'maxLength', 1, 6),
    limit: integerIn(options.limit ?? 10, 'limit', 1, 100),
  };
}

/** Expands one hop at a time; new actors at each hop form the next frontier. */
class Ball {
  readonly visited: Set<string>;
  frontier: string[];
  radius = 0;

  constructor(center: string) {
    this.visited = new Set([center]);
    this.frontier = [center];
  }

  absorb(relations: readonly RelationDetail[], into: Map<string, RelationDetail>): void {
    const next: string[] = [];
    for (const relation of relations) {
      into.set(relation.id, relation);
      for (const end of [relation.source, relation.target]) {
        if (this.visited.has(end)) continue;
        this.visited.add(end);
        next.push(end);
      }
    }
    this.frontier = next.sort(compareStrings);
    this.radius += 1;
  }
}

const sortedById = (relations: Map<string, RelationDetail>): RelationDetail[] =>
  [...relations.values()].sort((a, b) => compareStrings(a.id, b.id));

export interface Neighbourhood {
  edges: RelationDetail[];
  /** The centre and every actor the edges touch, sorted. */
  actorIds: string[];
}

export function* neighbourhoodSearch(center: string, depth: number): Search<Neighbourhood> {
  const ball = new Ball(center);
  const edges = new Map<string, RelationDetail>();
  while (ball.radius < depth && ball.frontier.length > 0) {
    ball.absorb(yield ball.frontier, edges);
  }
  return { edges: sortedById(edges), actorIds: [...ball.visited].sort(compareStrings) };
}

/**
 * Grows a ball around each end, the smaller frontier first. Once the radii add up to r, every
 * relation on every path of length ≤ r has been loaded (each of its relations is within reach of
 * one end), so the paths found so far are exact up to r; stop at `limit` paths or `maxLength`.
 */
export function* pathSearch(
  from: string,
  to: string,
  maxLength: number,
  limit: number,
): Search<ActorPath[]> {
  if (from === to) return [];
  const ends = [new Ball(from), new Ball(to)] as const;
  const edges = new Map<string, RelationDetail>();
  for (;;) {
    const [a, b] = ends;
    const reach = a.radius + b.radius;
    // An exhausted ball has loaded its whole component, so every path is known.
    const complete = a.frontier.length === 0 || b.frontier.length === 0;
    if (complete || reach >= maxLength)
      return simplePaths(edges.values(), from, to, maxLength, limit);
    if (reach > 0) {
      const found = simplePaths(edges.values(), from, to, reach, limit);
      if (found.length >= limit) return found;
    }
    const side = b.frontier.length < a.frontier.length ? b : a;
    side.absorb(yield side.frontier, edges);
  }
}
