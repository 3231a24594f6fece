// The SQLite schema as numbered migrations; `PRAGMA user_version` records how many have run.

import type Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../domain';
import { toMs } from '../dates';
import { numberArticles } from './article-numbers';
import { CREATE_SUMMARIES, DROP_PUBLISHER_EVIDENCE } from './summary';

/** SQL, or a function for steps SQL cannot do alone (e.g. parsing dates as JavaScript does). */
type Migration = string | ((db: Database.Database) => void);

/** Migration n (1-based) brings the schema from version n-1 to n. Append, never edit. */
const MIGRATIONS: readonly Migration[] = [
  `
  CREATE TABLE actors (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    wikidata TEXT
  ) STRICT;

  CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    title        TEXT,
    url          TEXT,
    source       TEXT,
    author       TEXT,
    published_at TEXT,
    lang         TEXT NOT NULL,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
  ) STRICT;

  -- One row per relation mention: the evidence for an aggregated relation.
  CREATE TABLE mentions (
    id            TEXT PRIMARY KEY,
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    mention_index INTEGER NOT NULL,
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
    UNIQUE (article_id, mention_index)
  ) STRICT;

  CREATE INDEX mentions_relation_id ON mentions (relation_id, modality);
  CREATE INDEX mentions_article_id ON mentions (article_id);
  CREATE INDEX mentions_source ON mentions (source);
  CREATE INDEX mentions_target ON mentions (target);
  CREATE INDEX mentions_claimant ON mentions (claimant);
  CREATE INDEX mentions_type ON mentions (type);
  CREATE INDEX mentions_modality ON mentions (modality);
  CREATE INDEX articles_published_at ON articles (published_at);
  `,
  // 2: dates as instants for filters and firstSeen/lastSeen, publisher index, user corrections.
  (db) => {
    db.exec(`
    ALTER TABLE articles ADD COLUMN published_ms INTEGER;
    CREATE INDEX articles_published_ms ON articles (published_ms);
    CREATE INDEX articles_source ON articles (source);
    -- The order of articles(): newest first, undated last, then id (see reads.ts LISTING_KEY).
    CREATE INDEX articles_listing ON articles (coalesce(published_ms, -9007199254740991) DESC, id);

    -- from_id was merged into to_id; kept flat (to_id is never a from_id).
    CREATE TABLE actor_merges (
      from_id TEXT PRIMARY KEY,
      to_id   TEXT NOT NULL
    ) STRICT;

    -- lang '' stands for "any language" so the primary key can cover it.
    CREATE TABLE actor_aliases (
      actor_id TEXT NOT NULL REFERENCES actors (id),
      alias    TEXT NOT NULL,
      lang     TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (actor_id, alias, lang)
    ) STRICT;
    `);
    const dated = db
      .prepare<[], { id: string; publishedAt: string }>(
        'SELECT id, published_at AS publishedAt FROM articles WHERE published_at IS NOT NULL',
      )
      .all();
    const setMs = db.prepare<[number | null, string]>(
      'UPDATE articles SET published_ms = ? WHERE id = ?',
    );
    for (const { id, publishedAt } of dated) setMs.run(toMs(publishedAt), id);
  },
  // 3: indexes no query uses (article_id is the prefix of the UNIQUE index; type and modality
  // filters are applied to mentions already scoped by relation, actor or the whole table;
  // articles are filtered and listed by published_ms), which every ingest had to maintain.
  `
  DROP INDEX mentions_article_id;
  DROP INDEX mentions_type;
  DROP INDEX mentions_modality;
  DROP INDEX articles_published_at;
  `,
  // 4: per-relation summaries of the default view, built here for the mentions already stored
  // and kept by every write afterwards (see summary.ts).
  CREATE_SUMMARIES,
  // 5: relation_publisher keeps which publishers a relation has, not their evidence (summary.ts).
  DROP_PUBLISHER_EVIDENCE,
  // 6: integer article keys for mentions, no mention id column (article-numbers.ts).
  numberArticles,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Runs the migrations this file has and the database lacks, each in its own transaction;
 * `upTo` stops earlier (tests use it to build databases of an older version).
 */
export function migrate(db: Database.Database, upTo: number = SCHEMA_VERSION): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new StoreUnavailableError(
      `SQLite schema version ${current} is newer than this Entente understands (${SCHEMA_VERSION})`,
    );
  }
  MIGRATIONS.slice(current, Math.max(current, upTo)).forEach((migration, offset) => {
    const version = current + offset + 1;
    // IMMEDIATE takes the write lock first, so two processes cannot run one migration twice.
    db.transaction(() => {
      if (schemaVersion(db) >= version) return;
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  });
}
