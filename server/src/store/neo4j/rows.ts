// Converts Neo4j rows (plain objects from the gateway) to domain objects, checking each field,
// so a property missing on a node reads as null exactly like a NULL column in SQLite.

import type {
  Actor,
  ActorKind,
  Article,
  Evidence,
  Language,
  Modality,
  RelationType,
} from '../../domain';
import type { EvidenceRow, RelationCountRow } from '../aggregate';
import type { RelationStatsRow } from '../details';
import type { Row } from './gateway';

function field(row: Row, key: string): unknown {
  return row[key];
}

function str(row: Row, key: string): string {
  const value = field(row, key);
  if (typeof value !== 'string') throw new TypeError(`Neo4j row field ${key} is not a string`);
  return value;
}

function strOrNull(row: Row, key: string): string | null {
  const value = field(row, key);
  return value === null || value === undefined ? null : str(row, key);
}

function num(row: Row, key: string): number {
  const value = field(row, key);
  if (typeof value !== 'number') throw new TypeError(`Neo4j row field ${key} is not a number`);
  return value;
}

/** A nested map (e.g. `m {.*}`) as a Row. */
export function map(row: Row, key: string): Row {
  const value = field(row, key);
  if (typeof value !== 'object' || value === null) {
    throw new TypeError(`Neo4j row field ${key} is not a map`);
  }
  return value as Row;
}

export function toActor(row: Row): Actor {
  return {
    id: str(row, 'id'),
    name: str(row, 'name'),
    kind: str(row, 'kind') as ActorKind,
    wikidata: strOrNull(row, 'wikidata'),
  };
}

export function toArticle(row: Row): Article {
  return {
    id: str(row, 'id'),
    title: strOrNull(row, 'title'),
    url: strOrNull(row, 'url'),
    source: strOrNull(row, 'source'),
    author: strOrNull(row, 'author'),
    publishedAt: strOrNull(row, 'publishedAt'),
    lang: str(row, 'lang') as Language,
    text: str(row, 'text'),
    ingestedAt: str(row, 'ingestedAt'),
  };
}

export function toEvidence(mention: Row, articleId: string): Evidence {
  return {
    id: str(mention, 'id'),
    relationId: str(mention, 'relationId'),
    articleId,
    source: str(mention, 'source'),
    type: str(mention, 'type') as RelationType,
    target: str(mention, 'target'),
    claimant: strOrNull(mention, 'claimant'),
    claimantName: strOrNull(mention, 'claimantName'),
    modality: str(mention, 'modality') as Modality,
    sentence: str(mention, 'sentence'),
    start: num(mention, 'start'),
    end: num(mention, 'end'),
    trigger: str(mention, 'trigger'),
    confidence: num(mention, 'confidence'),
  };
}

export function toEvidenceRow(row: Row): EvidenceRow {
  return {
    evidence: toEvidence(map(row, 'mention'), str(row, 'articleId')),
    publishedAt: strOrNull(row, 'publishedAt'),
  };
}

export function toRelationCount(row: Row): RelationCountRow {
  return {
    relationId: str(row, 'relationId'),
    source: str(row, 'source'),
    type: str(row, 'type') as RelationType,
    target: str(row, 'target'),
    count: num(row, 'count'),
  };
}

function numOrNull(row: Row, key: string): number | null {
  const value = field(row, key);
  return value === null || value === undefined ? null : num(row, key);
}

export function toRelationStats(row: Row): RelationStatsRow {
  return {
    relationId: str(row, 'relationId'),
    type: str(row, 'type') as RelationType,
    lo: str(row, 'lo'),
    hi: str(row, 'hi'),
    evidence: num(row, 'evidence'),
    forward: num(row, 'forward'),
    articles: num(row, 'articles'),
    publishers: num(row, 'publishers'),
    firstMs: numOrNull(row, 'firstMs'),
    lastMs: numOrNull(row, 'lastMs'),
    asserted: num(row, 'asserted'),
    hedged: num(row, 'hedged'),
    negated: num(row, 'negated'),
    question: num(row, 'question'),
  };
}

export { str, strOrNull, num, numOrNull };
