// Opens the SQLite file with the pragmas Entente relies on, and maps SQLite failures that mean
// "the database cannot be used" to StoreUnavailableError.

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../domain';
import type { SummaryOptions } from '../summary';

export type SqliteStoreOptions = (
  | {
      /** Directory holding `entente.sqlite` (created when missing); `':memory:'` for tests. */
      dataDir: string;
    }
  | {
      /** Explicit database file, or `':memory:'`. */
      file: string;
    }
) & {
  /** How long a write waits for another process holding the write lock; default 5000 ms. */
  busyTimeoutMs?: number;
} & SummaryOptions;

export const DB_FILE_NAME = 'entente.sqlite';
const MEMORY = ':memory:';

export function databasePath(options: SqliteStoreOptions): string {
  if ('file' in options) return options.file;
  return options.dataDir === MEMORY ? MEMORY : join(options.dataDir, DB_FILE_NAME);
}

/** SQLite result codes that mean the file or disk is unusable, not that the query is wrong. */
const UNAVAILABLE_CODES = [
  'SQLITE_CANTOPEN',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_PERM',
  'SQLITE_NOLFS',
];

export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Database.SqliteError)) return false;
  return UNAVAILABLE_CODES.some((code) => error.code === code || error.code.startsWith(`${code}_`));
}

/** Rethrows `error`, as StoreUnavailableError when it means the database cannot be used. */
export function mapSqliteError(error: unknown, path: string): never {
  if (isUnavailable(error)) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreUnavailableError(`SQLite database ${path} is unavailable: ${reason}`, error);
  }
  throw error;
}

export function openDatabase(path: string, busyTimeoutMs: number): Database.Database {
  try {
    if (path !== MEMORY) mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path, { timeout: busyTimeoutMs });
    try {
      // WAL: readers never block the writer and vice versa.
      db.pragma('journal_mode = WAL');
      // FULL in WAL mode fsyncs the log on every commit, so an acknowledged ingest survives a
      // power loss or OS crash, not only a process crash (NORMAL may lose the last commits).
      // One fsync per article is cheap next to extraction, so durability wins.
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      // A 64 MiB page cache (the default is 2 MiB): an ingest batch dirties a few MiB of index
      // pages scattered over the file; a cache smaller than that spills them to the log twice
      // and rereads them for the next batch.
      db.pragma('cache_size = -65536');
      // Checkpoint every ~10,000 log pages rather than 1,000: a batch writes several hundred, so
      // the default copied the log into the database (and synced it) after almost every commit,
      // and wrote the same hot index pages over and over. Commits are durable in the log either
      // way (synchronous = FULL); this only bounds how large the log grows between copies.
      db.pragma('wal_autocheckpoint = 10000');
      // busy_timeout is set by the `timeout` option above.
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    if (error instanceof Database.SqliteError) mapSqliteError(error, path);
    // mkdir failures and "directory does not exist" come as plain Errors / TypeErrors.
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreUnavailableError(`cannot open SQLite database ${path}: ${reason}`, error);
  }
}
