// Buckets evidence by the publication date of its article: per UTC day, ISO week or month.

import type { RelationType } from '../../domain';

export type Interval = 'DAY' | 'WEEK' | 'MONTH';

export interface Bucket {
  start: string;
  mentions: number;
  byType: { type: RelationType; count: number }[];
}

const DAY_MS = 86_400_000;

/** The first day (YYYY-MM-DD) of the bucket holding this instant. */
export function bucketStart(ms: number, interval: Interval): string {
  const day = new Date(ms);
  if (interval === 'MONTH') return `${day.toISOString().slice(0, 7)}-01`;
  if (interval === 'DAY') return day.toISOString().slice(0, 10);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(ms - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

export function toBuckets(
  mentions: readonly { ms: number; type: RelationType }[],
  interval: Interval,
): Bucket[] {
  const buckets = new Map<string, Map<RelationType, number>>();
  for (const { ms, type } of mentions) {
    const start = bucketStart(ms, interval);
    const counts = buckets.get(start) ?? new Map<RelationType, number>();
    counts.set(type, (counts.get(type) ?? 0) + 1);
    buckets.set(start, counts);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([start, counts]) => {
      const byType = [...counts.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([type, count]) => ({ type, count }));
      return { start, mentions: byType.reduce((n, t) => n + t.count, 0), byType };
    });
}
