// What the store knows about a relation beyond its evidence count: corroboration, time, modality
// profile and contradiction; and the paths that connect two actors through relations.

import type { Actor } from './actor';
import type { Relation } from './graph';
import type { Modality } from './relation';

export type ModalityCounts = Record<Modality, number>;

/** A Relation with its corroboration, time span and modality profile. */
export interface RelationDetail extends Relation {
  /** Distinct articles among the filtered mentions. */
  articleCount: number;
  /** Distinct non-null publishers (Article.source) among the filtered mentions: corroboration. */
  publisherCount: number;
  /** Earliest article publishedAt of the filtered mentions, as UTC ISO 8601; null if none dated. */
  firstSeen: string | null;
  /** Latest article publishedAt of the filtered mentions, as UTC ISO 8601; null if none dated. */
  lastSeen: string | null;
  /** Mentions per modality over ALL the relation's mentions, whatever the filter. */
  modalityCounts: ModalityCounts;
  /** Asserted and negated evidence are both present (over all mentions). */
  contested: boolean;
}

/** A Graph whose edges carry their details; assignable to Graph. */
export interface DetailedGraph {
  nodes: Actor[];
  edges: RelationDetail[];
}

/** One way from one actor to another; relations are walked regardless of their direction. */
export interface ActorPath {
  /** The actors along the path, `from` first and `to` last (length = relations + 1). */
  actorIds: string[];
  relationIds: string[];
  /** Per relation: true when it points along the path (its source is the actor before it). */
  forward: boolean[];
  /** The relations in path order, as the filter counts them. */
  relations: RelationDetail[];
}
