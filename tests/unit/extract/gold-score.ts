// Scores extracted relation mentions against a gold file (recall of required triples, precision as
// the gold file defines it: found triples in required or optional, over all found triples).

import {
  SYMMETRIC_TYPES,
  type RelationMention,
  type RelationType,
} from '../../../server/src/domain';

export interface GoldTriple {
  source: string;
  type: RelationType;
  target: string;
}

export interface Gold {
  required: GoldTriple[];
  optional: GoldTriple[];
  forbidden: GoldTriple[];
  modality: { sentence_contains: string; expect: string }[];
}

export interface Score {
  found: string[];
  missing: string[];
  forbiddenFound: string[];
  unexpected: string[];
  recall: number;
  precision: number;
}

export function tripleKey(t: GoldTriple): string {
  const [a, b] =
    SYMMETRIC_TYPES.has(t.type) && t.target < t.source
      ? [t.target, t.source]
      : [t.source, t.target];
  return `${a} ${t.type} ${b}`;
}

function matches(pattern: GoldTriple, t: GoldTriple): boolean {
  const same = (p: string, v: string) => p === '*' || p === v;
  if (pattern.type !== t.type) return false;
  if (same(pattern.source, t.source) && same(pattern.target, t.target)) return true;
  return (
    SYMMETRIC_TYPES.has(t.type) && same(pattern.source, t.target) && same(pattern.target, t.source)
  );
}

export function score(mentions: readonly RelationMention[], gold: Gold): Score {
  const found = [...new Set(mentions.map(tripleKey))];
  const triples = mentions.map((m) => ({ source: m.source, type: m.type, target: m.target }));
  const required = gold.required.map(tripleKey);
  const allowed = new Set([...required, ...gold.optional.map(tripleKey)]);
  const forbiddenFound = [
    ...new Set(triples.filter((t) => gold.forbidden.some((f) => matches(f, t))).map(tripleKey)),
  ];
  const hits = required.filter((k) => found.includes(k));
  const correct = found.filter((k) => allowed.has(k));
  return {
    found,
    missing: required.filter((k) => !found.includes(k)),
    forbiddenFound,
    unexpected: found.filter((k) => !allowed.has(k)),
    recall: hits.length / required.length,
    precision: found.length === 0 ? 1 : correct.length / found.length,
  };
}
