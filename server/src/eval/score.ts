// Scores relation mentions against a gold file: recall of the required triples, precision as the
// gold file defines it (found triples in required or optional over all found triples), F1,
// recall per relation type, claimants and the modality expectations that name a modality.

import { MODALITIES, SYMMETRIC_TYPES, type Modality, type RelationMention } from '../domain';
import type { Gold, GoldTriple } from './gold';

export interface ModalityCheck {
  sentence: string;
  expect: string;
  /** null when the expectation is prose that names no modality. */
  passed: boolean | null;
  mentions: number;
}

export interface Score {
  found: string[];
  missing: string[];
  forbiddenFound: string[];
  unexpected: string[];
  precision: number;
  recall: number;
  f1: number;
  /** Per relation type of the required triples: found and total. */
  perType: Record<string, { found: number; total: number; recall: number }>;
  /** Required triples whose gold claimants are given, and those found with one of them. */
  claimants: { checked: number; matched: number; mismatched: string[] };
  modality: ModalityCheck[];
}

interface Triple {
  source: string;
  type: string;
  target: string;
}

export function tripleKey(t: Triple): string {
  const [a, b] =
    SYMMETRIC_TYPES.has(t.type as never) && t.target < t.source
      ? [t.target, t.source]
      : [t.source, t.target];
  return `${a} ${t.type} ${b}`;
}

function matches(pattern: Triple, t: Triple): boolean {
  const same = (p: string, v: string) => p === '*' || p === v;
  if (pattern.type !== t.type) return false;
  if (same(pattern.source, t.source) && same(pattern.target, t.target)) return true;
  return (
    SYMMETRIC_TYPES.has(t.type as never) &&
    same(pattern.source, t.target) &&
    same(pattern.target, t.source)
  );
}

function claimantsOf(mentions: readonly RelationMention[], t: GoldTriple): (string | null)[] {
  return mentions.filter((m) => tripleKey(m) === tripleKey(t)).map((m) => m.claimant);
}

/** "HEDGED, claimant ISW" → HEDGED and ISW; prose without a leading modality is not checked. */
function checkModality(
  mentions: readonly RelationMention[],
  needle: string,
  expect: string,
): ModalityCheck {
  const inSentence = mentions.filter((m) => m.sentence.includes(needle));
  const head = /^([A-Z]+)(?:,\s*claimant\s+(\S+))?/.exec(expect.trim());
  const modality = head && (MODALITIES as readonly string[]).includes(head[1]!) ? head[1] : null;
  if (!modality) return { sentence: needle, expect, passed: null, mentions: inSentence.length };
  const claimant = head?.[2] ?? null;
  const passed =
    inSentence.length > 0 &&
    inSentence.every(
      (m) =>
        m.modality === (modality as Modality) && (claimant === null || m.claimant === claimant),
    );
  return { sentence: needle, expect, passed, mentions: inSentence.length };
}

export function score(mentions: readonly RelationMention[], gold: Gold): Score {
  const found = [...new Set(mentions.map(tripleKey))];
  const foundSet = new Set(found);
  const required = gold.required.map(tripleKey);
  const allowed = new Set([...required, ...gold.optional.map(tripleKey)]);
  const forbiddenFound = [
    ...new Set(mentions.filter((m) => gold.forbidden.some((f) => matches(f, m))).map(tripleKey)),
  ];
  const hits = required.filter((k) => foundSet.has(k));
  const correct = found.filter((k) => allowed.has(k));
  const precision = found.length === 0 ? 1 : correct.length / found.length;
  const recall = required.length === 0 ? 1 : hits.length / required.length;
  const perType: Score['perType'] = {};
  for (const t of gold.required) {
    const entry = (perType[t.type] ??= { found: 0, total: 0, recall: 0 });
    entry.total++;
    if (foundSet.has(tripleKey(t))) entry.found++;
    entry.recall = entry.found / entry.total;
  }
  const withClaimants = gold.required.filter((t) => t.claimants && foundSet.has(tripleKey(t)));
  const mismatched = withClaimants
    .filter((t) => !claimantsOf(mentions, t).some((c) => t.claimants!.includes(c)))
    .map(tripleKey);
  return {
    found,
    missing: required.filter((k) => !foundSet.has(k)),
    forbiddenFound,
    unexpected: found.filter((k) => !allowed.has(k)),
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    perType,
    claimants: {
      checked: withClaimants.length,
      matched: withClaimants.length - mismatched.length,
      mismatched,
    },
    modality: gold.modality.map((m) => checkModality(mentions, m.sentence_contains, m.expect)),
  };
}
