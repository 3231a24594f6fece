// Schema migration 6: articles get an integer key that mentions point to, and mentions lose the
// text id that only repeated (article_id, mention_index). Both mention keys began with a content
// hash, so every commit wrote a scattered index page for nearly each mention it added; integer
// keys grow at the end instead. Two article indexes no query reads are not rebuilt.

import type Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../domain';

/** A mention's id (mentionId in ../aggregate.ts) from its row in `mentions m`. */
export const MENTION_ID = `m.article_id || ':' || m.mention_index`;

/**
 * Both tables rebuilt (SQLite cannot add a primary key or drop a constraint in place). The new
 * mentions table refers to the new articles table by its temporary name; renaming the tables
 * afterwards rewrites that reference, and nothing refers to the old tables when they are dropped,
 * so no cascade fires. Rows keep their order: articles are numbered as they were inserted.
 */
export const NUMBER_ARTICLES = `
  CREATE TABLE articles_v6 (
    no           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    title        TEXT,
    url          TEXT,
    source       TEXT,
    author       TEXT,
    published_at TEXT,
    published_ms INTEGER,
    lang         TEXT NOT NULL,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
  ) STRICT;
  INSERT INTO articles_v6 (id, title, url, source, author, published_at, published_ms, lang, text,
    ingested_at)
  SELECT id, title, url, source, author, published_at, published_ms, lang, text, ingested_at
  FROM articles ORDER BY rowid;

  -- A mention's id is article_id || ':' || mention_index (see mentionId in ../aggregate.ts);
  -- article_id stays beside article_no so reads need not join articles for it.
  CREATE TABLE mentions_v6 (
    article_no    INTEGER NOT NULL REFERENCES articles_v6 (no) ON DELETE CASCADE,
    mention_index INTEGER NOT NULL,
    article_id    TEXT NOT NULL,
    relation_id   TEXT NOT NULL,
    source        TEXT NOT NULL REFERENCES actors (id),
    type          TEXT NOT NULL,
    target        TEXT NOT NULL REFERENCES actors (id),
    claimant      TEXT REFERENCES actors (id),
    claimant_name TEXT,
    modality      TEXT NOT NULL,
    sentence      TEXT NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    trigger_word  TEXT NOT NULL,
    confidence    REAL NOT NULL,
    UNIQUE (article_no, mention_index)
  ) STRICT;
  INSERT INTO mentions_v6 (article_no, mention_index, article_id, relation_id, source, type, target,
    claimant, claimant_name, modality, sentence, start_offset, end_offset, trigger_word, confidence)
  SELECT a.no, m.mention_index, m.article_id, m.relation_id, m.source, m.type, m.target,
    m.claimant, m.claimant_name, m.modality, m.sentence, m.start_offset, m.end_offset,
    m.trigger_word, m.confidence
  FROM mentions m JOIN articles_v6 a ON a.id = m.article_id
  ORDER BY m.rowid;

  DROP TABLE mentions;
  DROP TABLE articles;
  ALTER TABLE articles_v6 RENAME TO articles;
  ALTER TABLE mentions_v6 RENAME TO mentions;

  -- Not rebuilt: articles_source (no query searches articles by publisher) and
  -- articles_published_ms (date counts read articles_listing, whose key is published_ms).
  CREATE INDEX mentions_relation_id ON mentions (relation_id, modality);
  CREATE INDEX mentions_source ON mentions (source);
  CREATE INDEX mentions_target ON mentions (target);
  CREATE INDEX mentions_claimant ON mentions (claimant);
  CREATE INDEX articles_listing ON articles (coalesce(published_ms, -9007199254740991) DESC, id);
  `;

/** Refuses to migrate mentions whose id is not the one their article and index give. */
export function numberArticles(db: Database.Database): void {
  const odd = db
    .prepare<[], string>(
      `SELECT id FROM mentions WHERE id IS NOT article_id || ':' || mention_index LIMIT 1`,
    )
    .pluck()
    .get();
  if (odd !== undefined) {
    throw new StoreUnavailableError(`SQLite mention ${odd} has an id schema 6 cannot derive`);
  }
  db.exec(NUMBER_ARTICLES);
}
