// Aggregated relations with their details in SQLite: read from relation_summary when the filter
// is the default view plus relation-level conditions, otherwise one GROUP BY over the mentions in
// scope, either all of them or (through the source and target indexes) those touching given
// actors.

import type Database from 'better-sqlite3';
import type {
  ActorPath,
  DetailedGraph,
  GraphFilter,
  RelationDetail,
  RelationType,
} from '../../domain';
import {
  matchesNothing,
  resolveFilter,
  toGraph,
  touchedActorIds,
  type ResolvedFilter,
} from '../aggregate';
import { toRelationDetails, type RelationStatsRow } from '../details';
import type { PathOptions } from '../store';
import { summariesAnswer } from '../summary';
import { checkDepth, neighbourhoodSearch, pathLimits, pathSearch, runSearch } from '../traversal';
import type { SqliteReads } from './reads';

const ALL_MENTIONS = '1';
const TOUCHING_ACTORS = `m.rowid IN (
    SELECT rowid FROM mentions WHERE source IN (SELECT value FROM json_each(@actors))
    UNION SELECT rowid FROM mentions WHERE target IN (SELECT value FROM json_each(@actors)))`;

// `pass`: the mention passes the mention-level filters; relation-level ones (scope, types) are
// in WHERE, so the per-modality counts see every mention of each relation in scope.
const statsQuery = (scope: string) => `
  WITH picked AS (
    SELECT m.relation_id, m.type, m.source, m.target, m.modality, m.article_id,
      a.source AS publisher, a.published_ms,
      ifnull(m.modality IN (SELECT value FROM json_each(@modalities))
        AND (@claimants IS NULL OR m.claimant IN (SELECT value FROM json_each(@claimants)))
        AND (@publishers IS NULL OR a.source IN (SELECT value FROM json_each(@publishers)))
        AND (@fromMs IS NULL OR a.published_ms >= @fromMs)
        AND (@toMs IS NULL OR a.published_ms <= @toMs), 0) AS pass
    FROM mentions m JOIN articles a ON a.id = m.article_id
    WHERE ${scope} AND (@types IS NULL OR m.type IN (SELECT value FROM json_each(@types)))
  )
  SELECT relation_id AS relationId, type,
    min(min(source, target)) AS lo, max(max(source, target)) AS hi,
    sum(pass) AS evidence,
    sum(pass AND source <= target) AS forward,
    count(DISTINCT CASE WHEN pass THEN article_id END) AS articles,
    count(DISTINCT CASE WHEN pass THEN publisher END) AS publishers,
    min(CASE WHEN pass THEN published_ms END) AS firstMs,
    max(CASE WHEN pass THEN published_ms END) AS lastMs,
    sum(modality = 'ASSERTED') AS asserted, sum(modality = 'HEDGED') AS hedged,
    sum(modality = 'NEGATED') AS negated, sum(modality = 'QUESTION') AS question
  FROM picked
  GROUP BY relation_id
  HAVING sum(pass) >= @minEvidence`;

// The summary rows in scope, with the relation-level conditions applied, read as arrays
// (SummaryRaw): better-sqlite3 then builds no object per row, which dominated reading thousands.
const summaryQuery = (scope: string) => `
  SELECT relation_id, type, lo, hi, evidence, forward, articles, publishers, first_ms, last_ms,
    asserted, hedged, negated, question
  FROM relation_summary s
  WHERE ${scope} AND (@types IS NULL OR s.type IN (SELECT value FROM json_each(@types)))
    AND s.evidence >= @minEvidence`;

type SummaryRaw = [
  string,
  RelationType,
  string,
  string,
  number,
  number,
  number,
  number,
  number | null,
  number | null,
  number,
  number,
  number,
  number,
];

const fromRaw = (row: SummaryRaw): RelationStatsRow => ({
  relationId: row[0],
  type: row[1],
  lo: row[2],
  hi: row[3],
  evidence: row[4],
  forward: row[5],
  articles: row[6],
  publishers: row[7],
  firstMs: row[8],
  lastMs: row[9],
  asserted: row[10],
  hedged: row[11],
  negated: row[12],
  question: row[13],
});

// Few actors: their rows through the lo and hi indexes. Many (a wide neighbourhood's second
// hop): one pass over the table is cheaper than the index lookups and the rowid set they need;
// the unary + keeps SQLite from turning the OR back into index lookups.
const SUMMARIES_TOUCHING = `s.rowid IN (
    SELECT rowid FROM relation_summary WHERE lo IN (SELECT value FROM json_each(@actors))
    UNION SELECT rowid FROM relation_summary WHERE hi IN (SELECT value FROM json_each(@actors)))`;
const SUMMARIES_TOUCHING_SCAN = `(+s.lo IN (SELECT value FROM json_each(@actors))
    OR +s.hi IN (SELECT value FROM json_each(@actors)))`;

/** From this share of all actors on, a query touching actors scans the summaries. */
const SCAN_SHARE = 0.25;

type StatsParams = Record<string, string | number | null>;

const list = (values: readonly string[] | null): string | null =>
  values === null ? null : JSON.stringify(values);

function params(filter: ResolvedFilter, actors: readonly string[] | null): StatsParams {
  return {
    modalities: JSON.stringify(filter.modalities),
    types: list(filter.types),
    claimants: list(filter.claimants),
    publishers: list(filter.publishers),
    fromMs: filter.fromMs,
    toMs: filter.toMs,
    minEvidence: filter.minEvidence,
    ...(actors === null ? {} : { actors: JSON.stringify(actors) }),
  };
}

function summaryParams(filter: ResolvedFilter, actors: readonly string[] | null): StatsParams {
  return {
    types: list(filter.types),
    minEvidence: filter.minEvidence,
    ...(actors === null ? {} : { actors: JSON.stringify(actors) }),
  };
}

/** `readSummaries: false` always aggregates mentions (for tests comparing both paths). */
export function prepareRelations(db: Database.Database, reads: SqliteReads, readSummaries = true) {
  const all = db.prepare<[StatsParams], RelationStatsRow>(statsQuery(ALL_MENTIONS));
  const touching = db.prepare<[StatsParams], RelationStatsRow>(statsQuery(TOUCHING_ACTORS));
  const summaryStatement = (scope: string) =>
    db.prepare<[StatsParams], SummaryRaw>(summaryQuery(scope)).raw();
  const summaries = {
    all: summaryStatement('1'),
    touching: summaryStatement(SUMMARIES_TOUCHING),
    scan: summaryStatement(SUMMARIES_TOUCHING_SCAN),
    one: summaryStatement('s.relation_id = @relationId'),
  };
  const actorCount = db.prepare<[], number>('SELECT count(*) FROM actors').pluck();
  const summariesTouching = (actors: readonly string[]) =>
    actors.length >= SCAN_SHARE * (actorCount.get() ?? 0) ? summaries.scan : summaries.touching;
  const anyEnd = db
    .prepare<[string], string>('SELECT source FROM mentions WHERE relation_id = ? LIMIT 1')
    .pluck();
  const snapshot = <T>(work: () => T): T => db.transaction(work)();
  const fromSummaries = (filter: ResolvedFilter): boolean =>
    readSummaries && summariesAnswer(filter);

  /** Relations passing the filter, restricted to those touching `actors` unless null. */
  function relations(filter: ResolvedFilter, actors: readonly string[] | null): RelationDetail[] {
    if (matchesNothing(filter) || actors?.length === 0) return [];
    let rows: RelationStatsRow[];
    if (fromSummaries(filter)) {
      const query = actors === null ? summaries.all : summariesTouching(actors);
      rows = query.all(summaryParams(filter, actors)).map(fromRaw);
    } else {
      rows = actors === null ? all.all(params(filter, null)) : touching.all(params(filter, actors));
    }
    return toRelationDetails(rows, filter);
  }

  /** The relation with this id if it passes the filter. */
  function one(id: string, filter: ResolvedFilter): RelationDetail | null {
    if (fromSummaries(filter)) {
      if (matchesNothing(filter)) return null;
      const row = summaries.one.get({ ...summaryParams(filter, null), relationId: id });
      return row ? (toRelationDetails([fromRaw(row)], filter)[0] ?? null) : null;
    }
    // Every mention of a relation touches its ends, so one end scopes the query.
    const end = anyEnd.get(id);
    if (end === undefined) return null;
    return relations(filter, [end]).find((relation) => relation.id === id) ?? null;
  }

  const graphDetail = (filter: GraphFilter): DetailedGraph =>
    snapshot(() => {
      const resolved = resolveFilter(filter);
      const edges = relations(resolved, resolved.actors);
      return toGraph(edges, reads.actors(touchedActorIds(edges)));
    });

  return {
    relations,
    graphDetail,
    relation: (id: string, filter: GraphFilter = {}): RelationDetail | null => {
      const resolved = resolveFilter(filter);
      return snapshot(() => one(id, resolved));
    },
    neighbourhood: (actorId: string, depth: number, filter: GraphFilter = {}): DetailedGraph => {
      const resolved = resolveFilter(filter);
      const hops = checkDepth(depth);
      return snapshot(() => {
        const found = runSearch(neighbourhoodSearch(actorId, hops), (actors) =>
          relations(resolved, actors),
        );
        return toGraph(found.edges, reads.actors(found.actorIds));
      });
    },
    paths: (from: string, to: string, options: PathOptions = {}): ActorPath[] => {
      const resolved = resolveFilter(options.filter);
      const { maxLength, limit } = pathLimits(options);
      return snapshot(() =>
        runSearch(pathSearch(from, to, maxLength, limit), (actors) => relations(resolved, actors)),
      );
    },
  };
}

export type SqliteRelations = ReturnType<typeof prepareRelations>;
