// Runs the GraphStore contract against SQLite (one temp dir per file, one database per test),
// plus what only SQLite has: a file on disk, pragmas, schema versions, open failures.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODALITIES } from '../../server/src/domain';
import { createSqliteStore } from '../../server/src/store/sqlite';
import { openDatabase } from '../../server/src/store/sqlite/connection';
import { migrate, SCHEMA_VERSION } from '../../server/src/store/sqlite/schema';
import { planIngest } from '../../server/src/store/ingest-plan';
import type { GraphStore } from '../../server/src/store/store';
import { describeStore } from './describe-store';
import { ALL_FIXTURES, BLUE_NEWS, UNDATED, WIRE, type Fixture } from './fixtures';

let dir = '';
let counter = 0;
const nextDataDir = () => join(dir, `store-${++counter}`);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'entente-sqlite-contract-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describeStore('sqlite', async () => {
  const dataDir = nextDataDir();
  const store = createSqliteStore({ dataDir });
  await store.init();
  const mentionLevel = createSqliteStore({ dataDir, readSummaries: false });
  return {
    store,
    mentionLevel,
    cleanup: async () => {
      await mentionLevel.close();
      await store.close();
    },
  };
});

describeStore(
  'sqlite in memory',
  async () => {
    const store = createSqliteStore({ dataDir: ':memory:' });
    await store.init();
    return { store, cleanup: () => store.close() };
  },
  { hasMentionLevel: false },
);

describe('SQLite store', () => {
  it('keeps an acknowledged ingest after the store is closed and reopened', async () => {
    const dataDir = nextDataDir();
    const first = createSqliteStore({ dataDir });
    for (const { article, graph } of ALL_FIXTURES) await first.ingest(article, graph);
    const before = await first.graph({});
    await first.close();

    const second = createSqliteStore({ dataDir });
    expect(await second.countArticles()).toBe(3);
    expect(await second.graph({})).toEqual(before);
    await second.close();
  });

  it('writes entente.sqlite in WAL mode with full sync, foreign keys and a schema version', async () => {
    const dataDir = nextDataDir();
    const store = createSqliteStore({ dataDir });
    await store.init();
    await store.close();
    // Through the store's own opener: only server/src/store imports better-sqlite3.
    const db = openDatabase(join(dataDir, 'entente.sqlite'), 1000);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      const tables = db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(['actors', 'articles', 'mentions']));
    } finally {
      db.close();
    }
  });

  it('accepts an explicit database file', async () => {
    const file = join(nextDataDir(), 'custom.sqlite');
    const store = createSqliteStore({ file });
    await store.ingest(BLUE_NEWS.article, BLUE_NEWS.graph);
    expect(await store.countArticles()).toBe(1);
    await store.close();
  });

  it('reports STORE_UNAVAILABLE when the data directory cannot be created', async () => {
    const blocker = join(dir, 'a-file');
    await writeFile(blocker, 'not a directory');
    const store = createSqliteStore({ dataDir: join(blocker, 'data') });
    await expect(store.init()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await expect(store.countArticles()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(await store.ping()).toBe(false);
    await store.close();
  });

  it('reports STORE_UNAVAILABLE when the file is not a database', async () => {
    const file = join(dir, 'garbage.sqlite');
    await writeFile(file, 'this is not an SQLite database, just some text '.repeat(100));
    const store = createSqliteStore({ file });
    await expect(store.init()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(await store.ping()).toBe(false);
    await store.close();
  });

  it('refuses a database written by a newer schema', async () => {
    const dataDir = nextDataDir();
    const store = createSqliteStore({ dataDir });
    await store.init();
    await store.close();
    const db = openDatabase(join(dataDir, 'entente.sqlite'), 1000);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const reopened = createSqliteStore({ dataDir });
    await expect(reopened.init()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await reopened.close();
  });

  it('migrates a version 1 database forward, keeping its data and dating its articles', async () => {
    const dataDir = nextDataDir();
    const db = openDatabase(join(dataDir, 'entente.sqlite'), 1000);
    migrate(db, 1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    for (const fixture of ALL_FIXTURES) writeVersion1(db, fixture);
    db.close();

    const migrated = createSqliteStore({ dataDir });
    const fresh = createSqliteStore({ dataDir: ':memory:' });
    for (const { article, graph } of ALL_FIXTURES) await fresh.ingest(article, graph);
    expect(await migrated.graphDetail({ modalities: MODALITIES })).toEqual(
      await fresh.graphDetail({ modalities: MODALITIES }),
    );
    // Read from the relation summaries the migration built.
    expect(await migrated.graphDetail({})).toEqual(await fresh.graphDetail({}));
    expect((await migrated.graphDetail({})).edges.length).toBeGreaterThan(0);
    expect(await migrated.relation('RUS:SUPPLIES:PRK')).toMatchObject({
      firstSeen: '2024-11-10T19:45:00.000Z',
    });
    expect(await migrated.articlesPage({ from: '2024-11-05' })).toMatchObject({ totalCount: 1 });
    await migrated.mergeActors('RUS', 'PRK');
    expect((await migrated.corrections()).merges).toEqual([{ from: 'PRK', to: 'RUS' }]);
    await migrated.close();
    await fresh.close();

    const check = openDatabase(join(dataDir, 'entente.sqlite'), 1000);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    check.close();
  });

  it('migrates a version 5 database to numbered articles with the same answers, ids and writes', async () => {
    const dataDir = nextDataDir();
    const db = openDatabase(join(dataDir, 'entente.sqlite'), 1000);
    migrate(db, 1);
    for (const fixture of [BLUE_NEWS, WIRE]) writeVersion1(db, fixture);
    migrate(db, 5);
    db.close();

    const migrated = createSqliteStore({ dataDir });
    const fresh = createSqliteStore({ dataDir: ':memory:' });
    await fresh.ingestMany([BLUE_NEWS, WIRE]);
    const answers = async (store: GraphStore) => ({
      graph: await store.graphDetail({}),
      all: await store.graphDetail({ modalities: MODALITIES }),
      evidence: await store.evidence(['RUS:SUPPLIES:PRK'], MODALITIES),
      page: await store.evidencePage('RUS:SUPPLIES:PRK', { first: 1 }),
      articles: await store.articlesPage({ from: '2024-11-05' }),
      stats: await store.stats(),
    });
    const before = await answers(migrated);
    expect(before).toEqual(await answers(fresh));
    expect(before.evidence.length).toBeGreaterThan(0);
    for (const { id, articleId } of before.evidence) expect(id).toMatch(`${articleId}:`);

    // Writes after the migration: a repeat changes nothing, a new article and a deletion apply.
    const [repeat] = await migrated.ingestMany([BLUE_NEWS]);
    expect(repeat?.created).toBe(false);
    expect(await answers(migrated)).toEqual(before);
    for (const store of [migrated, fresh]) {
      await store.ingest(UNDATED.article, UNDATED.graph);
      await store.deleteArticle(WIRE.article.id);
    }
    expect(await answers(migrated)).toEqual(await answers(fresh));
    await migrated.close();
    await fresh.close();

    const check = openDatabase(join(dataDir, 'entente.sqlite'), 1000);
    const columns = (table: string) =>
      check
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
        .all()
        .map((column) => column.name);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(columns('articles')).toContain('no');
    expect(columns('mentions')).toContain('article_no');
    expect(columns('mentions')).not.toContain('id');
    check.close();
  });

  it('uses the source and target indexes for the relations of given actors', async () => {
    const dataDir = nextDataDir();
    const store = createSqliteStore({ dataDir });
    await store.init();
    await store.close();
    const db = openDatabase(join(dataDir, 'entente.sqlite'), 1000);
    try {
      const plan = db
        .prepare<[], { detail: string }>(
          `EXPLAIN QUERY PLAN SELECT rowid FROM mentions WHERE source IN (SELECT value FROM json_each('["RUS"]'))
           UNION SELECT rowid FROM mentions WHERE target IN (SELECT value FROM json_each('["RUS"]'))`,
        )
        .all()
        .map((row) => row.detail)
        .join('\n');
      expect(plan).toContain('USING COVERING INDEX mentions_source');
      expect(plan).toContain('USING COVERING INDEX mentions_target');
    } finally {
      db.close();
    }
  });

  it('reports STORE_UNAVAILABLE after close', async () => {
    const store = createSqliteStore({ dataDir: ':memory:' });
    await store.close();
    await expect(store.articles()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(await store.ping()).toBe(false);
  });
});

/** Writes a fixture with the statements of schema version 1 (no published_ms, no corrections). */
function writeVersion1(db: ReturnType<typeof openDatabase>, { article, graph }: Fixture): void {
  db.prepare(
    `INSERT INTO articles (id, title, url, source, author, published_at, lang, text, ingested_at)
     VALUES (@id, @title, @url, @source, @author, @publishedAt, @lang, @text, @ingestedAt)`,
  ).run(article);
  for (const actor of graph.actors) {
    db.prepare(
      'INSERT OR REPLACE INTO actors (id, name, kind, wikidata) VALUES (@id, @name, @kind, @wikidata)',
    ).run(actor);
  }
  planIngest(article, graph).mentions.forEach((mention, index) => {
    db.prepare(
      `INSERT INTO mentions (id, article_id, mention_index, relation_id, source, type, target,
        claimant, claimant_name, modality, sentence, start_offset, end_offset, trigger_word, confidence)
       VALUES (@id, @articleId, @index, @relationId, @source, @type, @target, @claimant,
        @claimantName, @modality, @sentence, @start, @end, @trigger, @confidence)`,
    ).run({ ...mention, index });
  });
}
