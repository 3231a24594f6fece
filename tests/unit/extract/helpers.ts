// Small helpers for the extraction tests: triples as "SOURCE TYPE TARGET" strings and fixture loading.

import { readFileSync } from 'node:fs';
import { extract, type ExtractOptions } from '../../../server/src/extract';
import type { RelationMention } from '../../../server/src/domain';
import { parseArticleFile } from '../../../server/src/ingest/parse';
import type { Gold } from './gold-score';

export function triple(m: RelationMention): string {
  return `${m.source} ${m.type} ${m.target}`;
}

export function triplesOf(text: string, options: ExtractOptions = {}): string[] {
  return extract(text, options).mentions.map(triple);
}

export function mentionsOf(text: string, options: ExtractOptions = {}): RelationMention[] {
  return extract(text, options).mentions;
}

export function readArticle(path: string): { text: string; date: string | null } {
  const parsed = parseArticleFile(path, readFileSync(path, 'utf8'));
  return { text: parsed.text, date: parsed.meta.publishedAt };
}

export function readGold(path: string): Gold {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as Partial<Gold>;
  return { article: '', optional: [], forbidden: [], modality: [], required: [], ...gold };
}

export const SEED = 'seed/articles/blue-news-2024-11-10-putin-kim.md';
export const SEED_GOLD = 'tests/fixtures/gold/blue-news-2024-11-10-putin-kim.gold.json';
