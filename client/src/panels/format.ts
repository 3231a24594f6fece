// Display helpers for dates, relation types and corroboration counts.

import type { Evidence, Modality, RelationType } from '../api/types';
import { RELATION_ENCODING } from '../graph/palette';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
}

export function relationLabel(type: RelationType): string {
  return RELATION_ENCODING[type]?.label ?? type.toLowerCase().replaceAll('_', ' ');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface Corroboration {
  sentences: number;
  articles: number;
  publishers: number;
  /** Both affirmed (asserted/hedged) and negated evidence. */
  contested: boolean;
}

export function corroboration(evidence: readonly Evidence[]): Corroboration {
  const articles = new Set(evidence.map((e) => e.article.id));
  const publishers = new Set(evidence.flatMap((e) => (e.article.source ? [e.article.source] : [])));
  const modalities = new Set<Modality>(evidence.map((e) => e.modality));
  const affirmed = modalities.has('ASSERTED') || modalities.has('HEDGED');
  return {
    sentences: evidence.length,
    articles: articles.size,
    publishers: publishers.size,
    contested: affirmed && modalities.has('NEGATED'),
  };
}

export const MODALITY_HINT: Record<Modality, string> = {
  ASSERTED: 'Stated as fact (by the article or the claimant)',
  HEDGED: 'Stated with a hedge: “likely”, “vermutet”, …',
  NEGATED: 'Stated as not the case: “keine”, “denied”, …',
  QUESTION: 'Asked, not stated',
};

/** Newest article first, and within an article in the order the sentences appear. */
export function inReadingOrder(evidence: readonly Evidence[]): Evidence[] {
  return [...evidence].sort(
    (a, b) =>
      (b.article.publishedAt ?? '').localeCompare(a.article.publishedAt ?? '') ||
      a.article.id.localeCompare(b.article.id) ||
      a.start - b.start,
  );
}
