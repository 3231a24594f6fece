// Counts over the whole store, for the overview.

import type { Modality, RelationType } from './relation';

export interface MonthCount {
  /** `YYYY-MM` of the article's publishedAt, in UTC. */
  month: string;
  articles: number;
  mentions: number;
}

export interface StoreStats {
  actors: number;
  articles: number;
  mentions: number;
  /** Distinct aggregated relations with at least one mention of any modality. */
  relations: number;
  /** Every relation type, 0 when absent. */
  mentionsByType: Record<RelationType, number>;
  relationsByType: Record<RelationType, number>;
  /** Every modality, 0 when absent. */
  mentionsByModality: Record<Modality, number>;
  /** Oldest first; undated articles are left out. */
  months: MonthCount[];
}
