// Wraps a GraphStore so neighbourhoods and paths walk an in-memory copy of the relation graph
// (one per modality set, kept while the store's data version stands) instead of one store query
// per hop. The walks are the stores' own: paths through ../traversal itself, neighbourhoods by the
// same breadth-first hops; filters with mention-level conditions, and stores that cannot tell
// their data version, go to the store.

import type { ActorPath, DetailedGraph, GraphFilter } from '../../domain';
import { toGraph } from '../aggregate';
import type { GraphStore, PathOptions } from '../store';
import { checkDepth, pathLimits, pathSearch, runSearch } from '../traversal';
import { memoryQuery, type MemoryQuery } from './answerable';
import { BaseGraphs, type BaseGraphOptions } from './base-graphs';
import type { RelationIndex } from './relation-index';

export type MemoryGraphOptions = BaseGraphOptions;

export interface MemoryGraph {
  /** The store underneath, answering everything directly. */
  inner: GraphStore;
  /** Resolves once the base graphs being built are in memory (or have failed). */
  settled(): Promise<void>;
}

const wrapped = new WeakMap<GraphStore, MemoryGraph>();

/** The memory graph behind a store `withMemoryGraph` returned; undefined for any other store. */
export function memoryGraphOf(store: GraphStore): MemoryGraph | undefined {
  return wrapped.get(store);
}

export function withMemoryGraph(store: GraphStore, options: MemoryGraphOptions = {}): GraphStore {
  const bases = new BaseGraphs((filter) => store.graphDetail(filter), options);

  /** The base graph that answers the query at the store's current version, if in memory. */
  async function baseFor(query: MemoryQuery): Promise<RelationIndex | null> {
    // The store reports its own failures when it answers; a version it cannot read is a miss.
    const version = await store.dataVersion().catch(() => null);
    return version === null ? null : bases.lookup(version, query.baseKey, query.baseFilter);
  }

  async function neighbourhood(
    actorId: string,
    depth: number,
    filter?: GraphFilter,
  ): Promise<DetailedGraph> {
    const query = memoryQuery(filter);
    if (query) {
      const hops = checkDepth(depth);
      const base = await baseFor(query);
      if (base) {
        const found = base.reach(actorId, hops, query.keep);
        const { known, unresolved } = base.actors(found.actorIds);
        // Only the centre can be unresolved: an actor with no relation in this base graph.
        const rest = unresolved.length > 0 ? await store.actors(unresolved) : [];
        return toGraph(found.edges, [...known, ...rest]);
      }
    }
    return store.neighbourhood(actorId, depth, filter);
  }

  async function paths(
    from: string,
    to: string,
    pathOptions: PathOptions = {},
  ): Promise<ActorPath[]> {
    const query = memoryQuery(pathOptions.filter);
    if (query) {
      const { maxLength, limit } = pathLimits(pathOptions);
      const base = await baseFor(query);
      if (base) {
        return runSearch(pathSearch(from, to, maxLength, limit), (actors) =>
          base.touching(actors, query.keep),
        );
      }
    }
    return store.paths(from, to, pathOptions);
  }

  const result: GraphStore = {
    ...store,
    neighbourhood,
    paths,
    async close() {
      bases.clear();
      await store.close();
    },
  };
  wrapped.set(result, { inner: store, settled: () => bases.settled() });
  return result;
}
