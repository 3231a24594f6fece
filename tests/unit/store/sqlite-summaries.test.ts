// The SQLite relation summaries an ingest adds up in JavaScript (batch-summary.ts) against a
// recount of the stored mentions with the SQL that defines them (summary.ts).

import { describe, expect, it } from 'vitest';
import type { Article } from '../../../server/src/domain';
import { extract } from '../../../server/src/extract';
import { articleId } from '../../../server/src/ingest/normalise';
import type { IngestItem } from '../../../server/src/store/store';
import { compareText } from '../../../server/src/store/sqlite/batch-summary';
import { openDatabase } from '../../../server/src/store/sqlite/connection';
import { prepareCorrections } from '../../../server/src/store/sqlite/corrections';
import { prepareReads } from '../../../server/src/store/sqlite/reads';
import { migrate } from '../../../server/src/store/sqlite/schema';
import { SUMMARY_COLUMNS, summarySelect } from '../../../server/src/store/sqlite/summary';
import { prepareWrites } from '../../../server/src/store/sqlite/writes';
import { generateArticles } from '../../support/generate';

function items(count: number, seed: number): IngestItem[] {
  return generateArticles({ count, seed }).map((generated, index) => {
    const extraction = extract(generated.text, {
      lang: generated.lang,
      date: generated.publishedAt,
    });
    const article: Article = {
      id: articleId(generated.text),
      title: generated.title,
      url: generated.url,
      // Some articles without publisher or date, so nulls are counted as SQL counts them.
      source: index % 7 === 0 ? null : generated.source,
      author: generated.author,
      publishedAt: index % 5 === 0 ? null : generated.publishedAt,
      lang: extraction.lang,
      text: generated.text,
      ingestedAt: '2026-01-01T00:00:00.000Z',
    };
    return { article, graph: { actors: extraction.actors, mentions: extraction.mentions } };
  });
}

describe('SQLite relation summaries kept by ingest', () => {
  it('equal a recount of the stored mentions after batches, repeats and a merge', () => {
    const db = openDatabase(':memory:', 1000);
    try {
      migrate(db);
      const reads = prepareReads(db);
      const ingestMany = prepareWrites(db, reads.article);
      const corrections = prepareCorrections(db, reads);
      const all = items(400, 11);
      for (let i = 0; i < 300; i += 64) ingestMany(all.slice(i, i + 64));
      ingestMany(all.slice(0, 40)); // repeats change nothing
      const [keep, drop] = reads.allActors().map((actor) => actor.id);
      if (keep === undefined || drop === undefined) throw new Error('too few actors generated');
      corrections.mergeActors(keep, drop);
      // The rest arrives after the merge: its mentions of the dropped actor go to the kept one.
      for (let i = 300; i < all.length; i += 64) ingestMany(all.slice(i, i + 64));

      const stored = db
        .prepare(`SELECT ${SUMMARY_COLUMNS} FROM relation_summary ORDER BY relation_id`)
        .raw()
        .all();
      const recount = db
        .prepare(`SELECT * FROM (${summarySelect('1')}) ORDER BY 1`)
        .raw()
        .all();
      expect(stored.length).toBeGreaterThan(100);
      expect(stored).toEqual(recount);
      const publishers = db
        .prepare('SELECT relation_id, publisher FROM relation_publisher ORDER BY 1, 2')
        .raw()
        .all();
      const pairs = db
        .prepare(
          `SELECT DISTINCT m.relation_id, a.source FROM mentions m JOIN articles a ON a.no = m.article_no
           WHERE m.modality IN ('ASSERTED', 'HEDGED') AND a.source IS NOT NULL ORDER BY 1, 2`,
        )
        .raw()
        .all();
      expect(publishers).toEqual(pairs);
    } finally {
      db.close();
    }
  });
});

describe('compareText', () => {
  it('orders text as SQLite does, characters beyond U+FFFF after the rest', () => {
    const db = openDatabase(':memory:', 1000);
    try {
      const sqliteLess = db.prepare<[string, string], number>('SELECT ? < ?').pluck();
      const texts = [
        '',
        'A',
        'AB',
        'B',
        'a',
        'é',
        '\uffff',
        '\ue000',
        '😀',
        '😀x',
        'Z😀',
        'Z\uffff',
      ];
      for (const a of texts) {
        for (const b of texts) {
          expect([a, b, compareText(a, b) < 0]).toEqual([a, b, sqliteLess.get(a, b) === 1]);
        }
      }
    } finally {
      db.close();
    }
  });
});
