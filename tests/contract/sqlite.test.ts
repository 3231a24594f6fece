// Runs the GraphStore contract against SQLite (one temp dir per file, one database per test),
// plus what only SQLite has: a file on disk, pragmas, schema versions, open failures.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../server/src/store/sqlite';
import { openDatabase } from '../../server/src/store/sqlite/connection';
import { SCHEMA_VERSION } from '../../server/src/store/sqlite/schema';
import { describeStore } from './describe-store';
import { ALL_FIXTURES, BLUE_NEWS } from './fixtures';

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
  const store = createSqliteStore({ dataDir: nextDataDir() });
  await store.init();
  return { store, cleanup: () => store.close() };
});

describeStore('sqlite in memory', async () => {
  const store = createSqliteStore({ dataDir: ':memory:' });
  await store.init();
  return { store, cleanup: () => store.close() };
});

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

  it('reports STORE_UNAVAILABLE after close', async () => {
    const store = createSqliteStore({ dataDir: ':memory:' });
    await store.close();
    await expect(store.articles()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(await store.ping()).toBe(false);
  });
});
