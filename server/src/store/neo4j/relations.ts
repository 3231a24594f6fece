// Aggregated relations with their details in Neo4j: read from the summaries on the typed actor
// relationships (refresh.ts) when the filter is the default view plus relation-level conditions,
// otherwise one aggregation over the mentions in scope, either all of them or those reached from
// given actors through SOURCE/TARGET relationships.

import {
  RELATION_TYPES,
  type ActorPath,
  type DetailedGraph,
  type GraphFilter,
  type RelationDetail,
} from '../../domain';
import {
  matchesNothing,
  resolveFilter,
  toGraph,
  touchedActorIds,
  type ResolvedFilter,
} from '../aggregate';
import { toRelationDetails } from '../details';
import type { PathOptions } from '../store';
import { summariesAnswer } from '../summary';
import {
  checkDepth,
  neighbourhoodSearch,
  pathLimits,
  pathSearch,
  runSearchAsync,
} from '../traversal';
import type { Gateway, Tx } from './gateway';
import { actorsIn } from './reads';
import { toRelationStats } from './rows';

const ALL_MENTIONS = `
MATCH (m:Mention)
WHERE $types IS NULL OR m.type IN $types`;

const TOUCHING_ACTORS = `
UNWIND $actors AS actorId
MATCH (:Actor {id: actorId})<-[:SOURCE|TARGET]-(m:Mention)
WITH DISTINCT m
WHERE $types IS NULL OR m.type IN $types`;

const ONE_RELATION = `
MATCH (m:Mention {relationId: $relationId})
WHERE $types IS NULL OR m.type IN $types`;

// `pass`: the mention passes the mention-level filters; the scope above holds the relation-level
// ones, so the per-modality counts see every mention of each relation in scope.
const statsQuery = (scope: string) => `${scope}
MATCH (m)-[:IN]->(a:Article)
WITH m, a, coalesce(m.modality IN $modalities
  AND ($claimants IS NULL OR m.claimant IN $claimants)
  AND ($publishers IS NULL OR a.source IN $publishers)
  AND ($fromMs IS NULL OR a.publishedMs >= $fromMs)
  AND ($toMs IS NULL OR a.publishedMs <= $toMs), false) AS pass
WITH m.relationId AS relationId, m.type AS type,
  min(CASE WHEN m.source <= m.target THEN m.source ELSE m.target END) AS lo,
  max(CASE WHEN m.source <= m.target THEN m.target ELSE m.source END) AS hi,
  sum(CASE WHEN pass THEN 1 ELSE 0 END) AS evidence,
  sum(CASE WHEN pass AND m.source <= m.target THEN 1 ELSE 0 END) AS forward,
  count(DISTINCT CASE WHEN pass THEN a.id END) AS articles,
  count(DISTINCT CASE WHEN pass THEN a.source END) AS publishers,
  min(CASE WHEN pass THEN a.publishedMs END) AS firstMs,
  max(CASE WHEN pass THEN a.publishedMs END) AS lastMs,
  sum(CASE WHEN m.modality = 'ASSERTED' THEN 1 ELSE 0 END) AS asserted,
  sum(CASE WHEN m.modality = 'HEDGED' THEN 1 ELSE 0 END) AS hedged,
  sum(CASE WHEN m.modality = 'NEGATED' THEN 1 ELSE 0 END) AS negated,
  sum(CASE WHEN m.modality = 'QUESTION' THEN 1 ELSE 0 END) AS question
WHERE evidence >= $minEvidence
RETURN relationId, type, lo, hi, evidence, forward, articles, publishers, firstMs, lastMs,
  asserted, hedged, negated, question`;

const QUERIES = {
  all: statsQuery(ALL_MENTIONS),
  touching: statsQuery(TOUCHING_ACTORS),
  one: statsQuery(ONE_RELATION),
};

// Summaries: typed actor relationships carry `lo` (see refresh.ts). Naming their types lets
// Neo4j expand only those relationship groups of an actor, not the Mention links around it
// (tens of thousands on a much-reported actor). The type list is the fixed RELATION_TYPES
// constant, never user input.
const TYPED = `:${RELATION_TYPES.join('|')}`;

const summaryQuery = (scope: string) => `${scope}
WHERE r.lo IS NOT NULL AND ($types IS NULL OR r.type IN $types)
  AND r.evidenceCount >= $minEvidence
WITH DISTINCT r
RETURN r.id AS relationId, r.type AS type, r.lo AS lo, r.hi AS hi, r.evidenceCount AS evidence,
  r.forward AS forward, r.articleCount AS articles, r.publisherCount AS publishers,
  r.firstSeenMs AS firstMs, r.lastSeenMs AS lastMs, r.asserted AS asserted, r.hedged AS hedged,
  r.negated AS negated, r.question AS question`;

const SUMMARIES = {
  all: summaryQuery(`MATCH (:Actor)-[r${TYPED}]->(:Actor)`),
  touching: summaryQuery(`
UNWIND $actors AS actorId
MATCH (:Actor {id: actorId})-[r${TYPED}]-(:Actor)`),
  // Any mention of the relation names its two ends, between which its relationship runs.
  one: summaryQuery(`
MATCH (m:Mention {relationId: $relationId})
WITH m LIMIT 1
MATCH (:Actor {id: m.source})-[r${TYPED} {id: $relationId}]-(:Actor {id: m.target})`),
};

type Scope = { actors: readonly string[] | null } | { relationId: string };

async function relationsInScope(
  tx: Tx,
  filter: ResolvedFilter,
  scope: Scope,
  readSummaries: boolean,
): Promise<RelationDetail[]> {
  if (matchesNothing(filter) || ('actors' in scope && scope.actors?.length === 0)) return [];
  if (readSummaries && summariesAnswer(filter)) {
    const params = { types: filter.types, minEvidence: filter.minEvidence };
    const rows =
      'relationId' in scope
        ? await tx.run(SUMMARIES.one, { ...params, relationId: scope.relationId })
        : scope.actors === null
          ? await tx.run(SUMMARIES.all, params)
          : await tx.run(SUMMARIES.touching, { ...params, actors: [...new Set(scope.actors)] });
    return toRelationDetails(rows.map(toRelationStats), filter);
  }
  const params = {
    modalities: filter.modalities,
    types: filter.types,
    claimants: filter.claimants,
    publishers: filter.publishers,
    fromMs: filter.fromMs,
    toMs: filter.toMs,
    minEvidence: filter.minEvidence,
  };
  const rows =
    'relationId' in scope
      ? await tx.run(QUERIES.one, { ...params, relationId: scope.relationId })
      : scope.actors === null
        ? await tx.run(QUERIES.all, params)
        : await tx.run(QUERIES.touching, { ...params, actors: [...new Set(scope.actors)] });
  return toRelationDetails(rows.map(toRelationStats), filter);
}

/** `readSummaries: false` always aggregates mentions (for tests comparing both paths). */
export function createRelationReads(gateway: Gateway, readSummaries = true) {
  const relationsIn = (tx: Tx, filter: ResolvedFilter, scope: Scope) =>
    relationsInScope(tx, filter, scope, readSummaries);
  return {
    graphDetail: async (filter: GraphFilter): Promise<DetailedGraph> => {
      const resolved = resolveFilter(filter);
      // One read transaction: the relations and the actors come from the same snapshot.
      return gateway.read(async (tx) => {
        const edges = await relationsIn(tx, resolved, { actors: resolved.actors });
        return toGraph(edges, await actorsIn(tx, touchedActorIds(edges)));
      });
    },

    relation: async (id: string, filter: GraphFilter = {}): Promise<RelationDetail | null> => {
      const resolved = resolveFilter(filter);
      const [found] = await gateway.read((tx) => relationsIn(tx, resolved, { relationId: id }));
      return found ?? null;
    },

    neighbourhood: async (
      actorId: string,
      depth: number,
      filter: GraphFilter = {},
    ): Promise<DetailedGraph> => {
      const resolved = resolveFilter(filter);
      const hops = checkDepth(depth);
      return gateway.read(async (tx) => {
        const found = await runSearchAsync(neighbourhoodSearch(actorId, hops), (actors) =>
          relationsIn(tx, resolved, { actors }),
        );
        return toGraph(found.edges, await actorsIn(tx, found.actorIds));
      });
    },

    paths: async (from: string, to: string, options: PathOptions = {}): Promise<ActorPath[]> => {
      const resolved = resolveFilter(options.filter);
      const { maxLength, limit } = pathLimits(options);
      return gateway.read((tx) =>
        runSearchAsync(pathSearch(from, to, maxLength, limit), (actors) =>
          relationsIn(tx, resolved, { actors }),
        ),
      );
    },
  };
}
