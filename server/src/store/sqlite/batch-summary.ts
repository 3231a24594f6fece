// What a batch of new articles adds to the relation summaries, added up in JavaScript from the
// mentions the batch writes, so the write need not query back what it has just inserted. The
// figures are those `summarySelect` (summary.ts) gives over the same mentions.

import type { Evidence } from '../../domain';
import { SUMMARY_MODALITIES } from '../summary';

/** A newly written article's mentions (merges applied), with the article fields they count. */
export interface NewArticle {
  articleId: string;
  /** The article's source: the publisher summaries count. */
  publisher: string | null;
  publishedMs: number | null;
  mentions: readonly Evidence[];
}

/** One relation's share of the batch, in relation_summary's terms. */
export interface SummaryDelta {
  relationId: string;
  type: string;
  lo: string;
  hi: string;
  evidence: number;
  forward: number;
  articles: number;
  /** The distinct publishers of its evidence; their number is the row's `publishers`. */
  publishers: string[];
  firstMs: number | null;
  lastMs: number | null;
  asserted: number;
  hedged: number;
  negated: number;
  question: number;
}

const PASS = new Set(SUMMARY_MODALITIES);

/**
 * Text order as SQLite's BINARY collation has it: UTF-8 bytes, which is code point order.
 * JavaScript's `<` compares UTF-16 code units and puts U+E000..U+FFFF after astral characters, so
 * surrogates are moved above the rest of the BMP before comparing.
 */
export function compareText(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit < 0xe000 ? unit + 0x2000 : unit - 0x800;
}

interface Tally extends Omit<SummaryDelta, 'articles' | 'publishers'> {
  articles: Set<string>;
  publishers: Set<string>;
}

function tallyOf(tallies: Map<string, Tally>, mention: Evidence): Tally {
  const { source, target } = mention;
  const sourceFirst = compareText(source, target) <= 0;
  const lo = sourceFirst ? source : target;
  const hi = sourceFirst ? target : source;
  let tally = tallies.get(mention.relationId);
  if (tally === undefined) {
    tally = {
      relationId: mention.relationId,
      type: mention.type,
      lo,
      hi,
      evidence: 0,
      forward: 0,
      articles: new Set(),
      publishers: new Set(),
      firstMs: null,
      lastMs: null,
      asserted: 0,
      hedged: 0,
      negated: 0,
      question: 0,
    };
    tallies.set(mention.relationId, tally);
  } else {
    if (compareText(lo, tally.lo) < 0) tally.lo = lo;
    if (compareText(hi, tally.hi) > 0) tally.hi = hi;
  }
  return tally;
}

function countModality(tally: Tally, mention: Evidence): void {
  if (mention.modality === 'ASSERTED') tally.asserted++;
  else if (mention.modality === 'HEDGED') tally.hedged++;
  else if (mention.modality === 'NEGATED') tally.negated++;
  else if (mention.modality === 'QUESTION') tally.question++;
}

/** One delta per relation the articles' mentions belong to. */
export function summaryDeltas(articles: readonly NewArticle[]): SummaryDelta[] {
  const tallies = new Map<string, Tally>();
  for (const { articleId, publisher, publishedMs, mentions } of articles) {
    for (const mention of mentions) {
      const tally = tallyOf(tallies, mention);
      countModality(tally, mention);
      if (!PASS.has(mention.modality)) continue;
      tally.evidence++;
      if (compareText(mention.source, mention.target) <= 0) tally.forward++;
      tally.articles.add(articleId);
      if (publisher !== null) tally.publishers.add(publisher);
      if (publishedMs !== null) {
        if (tally.firstMs === null || publishedMs < tally.firstMs) tally.firstMs = publishedMs;
        if (tally.lastMs === null || publishedMs > tally.lastMs) tally.lastMs = publishedMs;
      }
    }
  }
  return [...tallies.values()].map((tally) => ({
    ...tally,
    articles: tally.articles.size,
    publishers: [...tally.publishers],
  }));
}
