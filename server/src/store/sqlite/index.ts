// The embedded GraphStore: SQLite through better-sqlite3, opened lazily so construction never
// throws; synchronous calls wrapped in async methods to honour the GraphStore contract.

import type Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../domain';
import type { GraphStore } from '../store';
import { databasePath, mapSqliteError, openDatabase, type SqliteStoreOptions } from './connection';
import { prepareReads, type SqliteReads } from './reads';
import { migrate } from './schema';
import { prepareWrites, type IngestFn } from './writes';

export type { SqliteStoreOptions } from './connection';

interface Open {
  db: Database.Database;
  reads: SqliteReads;
  ingest: IngestFn;
}

export function createSqliteStore(options: SqliteStoreOptions): GraphStore {
  const path = databasePath(options);
  let open: Open | null = null;
  let closed = false;

  /** Opens and migrates on first use; the schema is always current before any statement. */
  function connection(): Open {
    if (closed) throw new StoreUnavailableError(`SQLite store ${path} is closed`);
    if (open) return open;
    const db = openDatabase(path, options.busyTimeoutMs ?? 5000);
    try {
      migrate(db);
      const reads = prepareReads(db);
      open = { db, reads, ingest: prepareWrites(db, reads.article) };
      return open;
    } catch (error) {
      db.close();
      return mapSqliteError(error, path);
    }
  }

  /** Runs `work` on the open database; async so callers see rejections, never sync throws. */
  async function run<T>(work: (open: Open) => T): Promise<T> {
    const current = connection();
    try {
      return work(current);
    } catch (error) {
      return mapSqliteError(error, path);
    }
  }

  /** Runs several reads in one transaction, so they see one snapshot. */
  const snapshot = <T>(work: (reads: SqliteReads) => T) =>
    run(({ db, reads }) => db.transaction(() => work(reads))());

  return {
    kind: 'sqlite',
    init: () => run(() => undefined),
    async ping() {
      try {
        return await run(({ db }) => db.prepare('SELECT 1').pluck().get() === 1);
      } catch {
        return false;
      }
    },
    async close() {
      closed = true;
      const current = open;
      open = null;
      current?.db.close();
    },
    ingest: (article, graph) => run(({ ingest }) => ingest(article, graph)),
    article: (id) => run(({ reads }) => reads.article(id)),
    articles: () => run(({ reads }) => reads.articles()),
    countArticles: () => run(({ reads }) => reads.countArticles()),
    actors: (ids) => run(({ reads }) => reads.actors(ids)),
    graph: (filter) => snapshot((reads) => reads.graph(filter)),
    evidence: (relationIds, modalities) =>
      run(({ reads }) => reads.evidence(relationIds, modalities)),
  };
}
