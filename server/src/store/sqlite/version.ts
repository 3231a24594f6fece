// The SQLite store's data version: changes with every commit that may change an answer.

import type Database from 'better-sqlite3';

/**
 * `PRAGMA data_version` changes when another connection (another process) commits;
 * `total_changes()` counts the rows this connection has written. Together they move with every
 * write, ours or anyone's; a rolled-back write may move them too, which only costs a cache miss.
 */
export function prepareVersion(db: Database.Database): () => string {
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const ownChanges = db.prepare('SELECT total_changes()').pluck();
  return () => `${String(dataVersion.get())}:${String(ownChanges.get())}`;
}
