// Pure logic both stores share, so SQLite and Neo4j give identical answers: filter defaults,
// relation ends, aggregation, minEvidence, and every sort order the GraphStore contract names.

import {
  DEFAULT_MODALITIES,
  SYMMETRIC_TYPES,
  type Actor,
  type Article,
  type Evidence,
  type Graph,
  type GraphFilter,
  type Modality,
  type Relation,
  type RelationType,
} from '../domain';
import { boundMs } from './dates';

/** A filter with defaults applied; `null` means "no restriction" for that dimension. */
export interface ResolvedFilter {
  modalities: Modality[];
  types: RelationType[] | null;
  actors: string[] | null;
  minEvidence: number;
  claimants: string[] | null;
  publishers: string[] | null;
  /** Inclusive bounds on the article's publishedAt instant; null means unbounded. */
  fromMs: number | null;
  toMs: number | null;
  includeContested: boolean;
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * Applies the defaults: modalities ASSERTED + HEDGED, no type or actor restriction,
 * minEvidence 1. An explicit empty list matches nothing (like SQL `IN ()`).
 */
export function resolveFilter(filter: GraphFilter = {}): ResolvedFilter {
  return {
    modalities: unique(filter.modalities ?? DEFAULT_MODALITIES),
    types: filter.types ? unique(filter.types) : null,
    actors: filter.actors ? unique(filter.actors) : null,
    minEvidence: Math.max(1, filter.minEvidence ?? 1),
    claimants: filter.claimants ? unique(filter.claimants) : null,
    publishers: filter.publishers ? unique(filter.publishers) : null,
    fromMs: boundMs(filter.from, 'filter.from', false),
    toMs: boundMs(filter.to, 'filter.to', true),
    includeContested: filter.includeContested ?? true,
  };
}

/** True when the resolved filter can match no mention at all, so stores can skip the query. */
export function matchesNothing(filter: ResolvedFilter): boolean {
  return (
    filter.modalities.length === 0 ||
    filter.types?.length === 0 ||
    filter.actors?.length === 0 ||
    filter.claimants?.length === 0 ||
    filter.publishers?.length === 0 ||
    (filter.fromMs !== null && filter.toMs !== null && filter.fromMs > filter.toMs)
  );
}

/** The ends of the relation a mention belongs to: the pair in `relationId` order. */
export function relationEnds(
  source: string,
  type: RelationType,
  target: string,
): { source: string; target: string } {
  if (SYMMETRIC_TYPES.has(type) && target < source) return { source: target, target: source };
  return { source, target };
}

/** Filtered mentions counted per relation and per direction in which the text states it. */
export interface RelationCountRow {
  relationId: string;
  source: string;
  type: RelationType;
  target: string;
  count: number;
}

/** Code-unit order, the same in every JavaScript engine (unlike localeCompare). */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Relations from counted rows, minEvidence applied, sorted by id. A symmetric relation stated in
 * both directions is one relation, drawn in the direction the texts use most ("Russia and North
 * Korea" more often than the reverse gives RUS→PRK); a tie takes the sorted order of its id.
 */
export function toRelations(rows: readonly RelationCountRow[], minEvidence: number): Relation[] {
  const byId = new Map<string, { total: number; best: RelationCountRow }>();
  for (const row of rows) {
    const seen = byId.get(row.relationId);
    if (!seen) {
      byId.set(row.relationId, { total: row.count, best: row });
      continue;
    }
    seen.total += row.count;
    if (row.count > seen.best.count || (row.count === seen.best.count && isCanonical(row))) {
      seen.best = row;
    }
  }
  return [...byId.values()]
    .filter(({ total }) => total >= minEvidence)
    .map(({ total, best }) => ({
      id: best.relationId,
      source: best.source,
      type: best.type,
      target: best.target,
      evidenceCount: total,
    }))
    .sort((a, b) => compareStrings(a.id, b.id));
}

function isCanonical(row: RelationCountRow): boolean {
  const ends = relationEnds(row.source, row.type, row.target);
  return ends.source === row.source;
}

/** The ids of the actors the edges touch (claimants are not nodes), sorted. */
export function touchedActorIds(edges: readonly Relation[]): string[] {
  return unique(edges.flatMap((edge) => [edge.source, edge.target])).sort(compareStrings);
}

export function sortActors(actors: Actor[]): Actor[] {
  return actors.sort((a, b) => compareStrings(a.id, b.id));
}

export function toGraph<E extends Relation>(
  edges: E[],
  actors: Actor[],
): Graph & { nodes: Actor[]; edges: E[] } {
  return { nodes: sortActors(actors), edges };
}

/** Milliseconds since the epoch of an ISO date, or null when absent or unparseable. */
function instant(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** Ascending by instant, unknown dates last. */
function compareDates(a: string | null, b: string | null): number {
  const x = instant(a);
  const y = instant(b);
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return x - y;
}

/** Newest `publishedAt` first, unknown dates last, then by id. */
export function sortArticles(articles: Article[]): Article[] {
  return articles.sort((a, b) => {
    const x = instant(a.publishedAt);
    const y = instant(b.publishedAt);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return y - x;
    }
    return compareStrings(a.id, b.id);
  });
}

/** The index of a mention within its article, from its id `${articleId}:${index}`. */
export function mentionIndex(mentionId: string): number {
  return Number(mentionId.slice(mentionId.lastIndexOf(':') + 1));
}

export function mentionId(articleId: string, index: number): string {
  return `${articleId}:${index}`;
}

/** Evidence joined with its article's date, as both stores read it. */
export interface EvidenceRow {
  evidence: Evidence;
  publishedAt: string | null;
}

/** Relation id, article publishedAt (oldest first, unknown last), article id, start, index. */
export function sortEvidence(rows: EvidenceRow[]): Evidence[] {
  return rows
    .sort(
      (a, b) =>
        compareStrings(a.evidence.relationId, b.evidence.relationId) ||
        compareDates(a.publishedAt, b.publishedAt) ||
        compareStrings(a.evidence.articleId, b.evidence.articleId) ||
        a.evidence.start - b.evidence.start ||
        mentionIndex(a.evidence.id) - mentionIndex(b.evidence.id),
    )
    .map((row) => row.evidence);
}
