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
}

/** What extraction produces for one article and a store writes in one transaction. */
export interface ArticleGraph {
  actors: Actor[];
  mentions: RelationMention[];
}
