// CSV (RFC 4180) of the visible relations, one row per evidence sentence.

import type { Evidence } from '../api/types';

export const CSV_COLUMNS = [
  'relation_id',
  'source',
  'type',
  'target',
  'modality',
  'trigger',
  'claimant',
  'sentence',
  'article_title',
  'publisher',
  'published_at',
  'url',
  'start',
  'end',
] as const;

export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Cells a spreadsheet would run as a formula are prefixed with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export interface CsvRelation {
  id: string;
  type: string;
  source: { id: string };
  target: { id: string };
  evidence: readonly Evidence[];
}

export function toCsv(relations: readonly CsvRelation[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const r of relations) {
    for (const e of r.evidence) {
      rows.push(
        [
          r.id,
          r.source.id,
          r.type,
          r.target.id,
          e.modality,
          e.trigger,
          e.claimant?.id ?? e.claimantName,
          e.sentence,
          e.article.title,
          e.article.source,
          e.article.publishedAt,
          e.article.url,
          e.start,
          e.end,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return rows.join('\r\n') + '\r\n';
}
