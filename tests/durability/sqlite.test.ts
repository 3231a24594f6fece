// Durability of the SQLite store: a bulk ingest killed with SIGKILL loses nothing it
// acknowledged, leaves no article half-written, and a second run completes it without duplicates.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databasePath, openDatabase } from '../../server/src/store/sqlite/connection';
import { createSqliteStore } from '../../server/src/store/sqlite';
import { cliEnv, runCli } from '../support/cli';
import { generateArticles, writeMarkdownFiles } from '../support/generate';
import { mismatches, spawnIngest, storedMentions } from './helpers';

const ARTICLES = 600; // far more than the child can ingest between the 50th line and the kill
const KILL_AFTER = 50;

const dir = mkdtempSync(join(tmpdir(), 'entente-durability-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function inspect(dataDir: string) {
  const store = createSqliteStore({ dataDir });
  try {
    const articles = await store.articles();
    return { articles, mentions: await storedMentions(store) };
  } finally {
    await store.close();
  }
}

describe('SQLite durability', () => {
  it('keeps every acknowledged article whole after SIGKILL, and a second run completes the rest', async () => {
    const folder = join(dir, 'articles');
    writeMarkdownFiles(folder, generateArticles({ count: ARTICLES, seed: 2024 }));
    const dataDir = join(dir, 'data');

    const ingest = spawnIngest([folder], cliEnv(dataDir), (_result, all) => {
      if (all.length === KILL_AFTER) ingest.child.kill('SIGKILL');
    });
    const { signal } = await ingest.exited;
    expect(signal).toBe('SIGKILL');
    const acknowledged = ingest.results.filter((r) => r.status === 'created').map((r) => r.id!);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);

    const db = openDatabase(databasePath({ dataDir }), 5000);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }

    const afterKill = await inspect(dataDir);
    const storedIds = new Set(afterKill.articles.map((a) => a.id));
    const lost = acknowledged.filter((id) => !storedIds.has(id));
    expect(lost).toEqual([]);
    expect(afterKill.articles.length).toBeLessThan(ARTICLES); // the kill did land mid-way
    expect(mismatches(afterKill.articles, afterKill.mentions)).toEqual([]);
    console.log(
      `SQLite SIGKILL: ${acknowledged.length} acknowledged, ${afterKill.articles.length} stored, ` +
        `${lost.length} lost, ${afterKill.articles.length - acknowledged.length} committed but not yet acknowledged`,
    );

    const resumed = await runCli(['ingest', folder], cliEnv(dataDir));
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(
      `${ARTICLES - afterKill.articles.length} created, ${afterKill.articles.length} unchanged, 0 failed`,
    );
    const final = await inspect(dataDir);
    const ids = final.articles.map((a) => a.id);
    expect(ids).toHaveLength(ARTICLES);
    expect(new Set(ids).size).toBe(ARTICLES);
    expect(mismatches(final.articles, final.mentions)).toEqual([]);
    const stored = [...final.mentions.values()].reduce((n, list) => n + list.length, 0);
    console.log(`SQLite after resume: ${ids.length} articles, ${stored} mentions, 0 duplicated`);
  }, 60_000);
});
