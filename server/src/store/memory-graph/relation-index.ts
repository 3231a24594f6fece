// One base graph held in memory: its relations in id order, the relations of each actor, and
// its actors by id. Everything in it is frozen, because answers share these objects instead of
// copying thousands of them.

import type { Actor, DetailedGraph, RelationDetail } from '../../domain';
import { compareStrings } from '../aggregate';

export type Keep = (relation: RelationDetail) => boolean;

export interface ActorLookup {
  /** The known actors among the ids asked for. */
  known: Actor[];
  /** Ids no relation of the base graph touches: whether they are known actors, it cannot tell. */
  unresolved: string[];
}

export interface Reached {
  /** Sorted by id. */
  edges: RelationDetail[];
  /** The centre and every actor the edges touch, sorted. */
  actorIds: string[];
}

function frozen(relation: RelationDetail): RelationDetail {
  Object.freeze(relation.modalityCounts);
  return Object.freeze(relation);
}

export class RelationIndex {
  /** Every relation, sorted by id: a relation's position is its rank. */
  private readonly edges: RelationDetail[];
  /** The ranks of the relations touching each actor. */
  private readonly byActor = new Map<string, number[]>();
  private readonly actorsById = new Map<string, Actor>();

  constructor(graph: DetailedGraph) {
    for (const actor of graph.nodes) this.actorsById.set(actor.id, Object.freeze(actor));
    this.edges = [...graph.edges].sort((a, b) => compareStrings(a.id, b.id)).map(frozen);
    this.edges.forEach((relation, rank) => {
      this.add(relation.source, rank);
      if (relation.target !== relation.source) this.add(relation.target, rank);
    });
  }

  private add(actorId: string, rank: number): void {
    const ranks = this.byActor.get(actorId);
    if (ranks) ranks.push(rank);
    else this.byActor.set(actorId, [rank]);
  }

  /** The relations touching any of the actors that `keep` accepts, each once, in id order. */
  touching(actorIds: readonly string[], keep: Keep): RelationDetail[] {
    const taken = this.selection();
    for (const actorId of actorIds) {
      for (const rank of this.byActor.get(actorId) ?? []) taken.add(rank, keep);
    }
    return taken.inOrder();
  }

  /**
   * The relations on walks of at most `depth` kept relations from `center`, breadth first as
   * the stores walk them (../traversal): each hop takes every kept relation touching the actors
   * the previous hop reached first.
   */
  reach(center: string, depth: number, keep: Keep): Reached {
    const visited = new Set([center]);
    const taken = this.selection();
    let frontier = [center];
    for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
      const next: string[] = [];
      const visit = (actorId: string): void => {
        if (visited.has(actorId)) return;
        visited.add(actorId);
        next.push(actorId);
      };
      for (const actorId of frontier) {
        for (const rank of this.byActor.get(actorId) ?? []) {
          const relation = taken.add(rank, keep);
          if (!relation) continue;
          visit(relation.source);
          visit(relation.target);
        }
      }
      frontier = next;
    }
    return { edges: taken.inOrder(), actorIds: [...visited].sort(compareStrings) };
  }

  /** A set of relations by rank that gives them back in id order. */
  private selection() {
    const edges = this.edges;
    const marked = new Uint8Array(edges.length);
    const ranks: number[] = [];
    return {
      /** Takes the relation unless taken before or not kept; returns it when newly taken. */
      add(rank: number, keep: Keep): RelationDetail | null {
        const relation = edges[rank];
        if (marked[rank] === 1 || !relation || !keep(relation)) return null;
        marked[rank] = 1;
        ranks.push(rank);
        return relation;
      },
      /** A sort when they are few, a scan of all relations when they are many. */
      inOrder(): RelationDetail[] {
        if (ranks.length * 8 < edges.length) {
          return ranks.sort((a, b) => a - b).flatMap((rank) => edges[rank] ?? []);
        }
        return edges.filter((_, rank) => marked[rank] === 1);
      },
    };
  }

  actors(ids: readonly string[]): ActorLookup {
    const known: Actor[] = [];
    const unresolved: string[] = [];
    for (const id of ids) {
      const actor = this.actorsById.get(id);
      if (actor) known.push(actor);
      // A touched actor missing from the nodes is not a stored actor: the store leaves it out.
      else if (!this.byActor.has(id)) unresolved.push(id);
    }
    return { known, unresolved };
  }
}
