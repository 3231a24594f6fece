// The aggregated actor graph that stores return and the API serves.

import type { Actor } from './actor';
import type { Modality, RelationMention, RelationType } from './relation';

/** A stored mention: the evidence for a relation, tied to its article. */
export interface Evidence extends Omit<RelationMention, 'claimantName'> {
  id: string;
  /** The aggregated relation this mention supports (see `relationId`). */
  relationId: string;
  articleId: string;
  claimantName: string | null;
}

/** All mentions of one (source, type, target), aggregated. */
export interface Relation {
  /** `SOURCE:TYPE:TARGET`; for symmetric types the pair is in sorted order, whatever the drawn direction. */
  id: string;
  source: string;
  type: RelationType;
  target: string;
  evidenceCount: number;
}

export interface Graph {
  nodes: Actor[];
  edges: Relation[];
}

export interface GraphFilter {
  types?: readonly RelationType[] | undefined;
  /** Defaults to ASSERTED and HEDGED. */
  modalities?: readonly Modality[] | undefined;
  /** Only relations touching one of these actors. */
  actors?: readonly string[] | undefined;
  minEvidence?: number | undefined;
  /** Only evidence claimed by one of these actors (mentions without a claimant are left out). */
  claimants?: readonly string[] | undefined;
  /** Only evidence from articles of these publishers (Article.source). */
  publishers?: readonly string[] | undefined;
  /**
   * Only evidence from articles published at or after this ISO 8601 instant or date. With `from`
   * or `to` set, undated articles are left out.
   */
  from?: string | undefined;
  /** At or before this ISO 8601 instant; a bare date (YYYY-MM-DD) includes that whole UTC day. */
  to?: string | undefined;
  /** When false, relations with both asserted and negated evidence are left out; default true. */
  includeContested?: boolean | undefined;
}

/** What extraction produces for one article and a store writes in one transaction. */
export interface ArticleGraph {
  actors: Actor[];
  mentions: RelationMention[];
}
