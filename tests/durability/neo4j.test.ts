// Durability against a real Neo4j: the database process is SIGKILLed in the middle of a bulk
// ingest and restarted on the same data directory and port. Every article the child acknowledged
// is there, whole and once; the child reports failures instead of false acknowledgements, and a
// second run completes the archive without duplicates.
// Skip policy as in the contract suite: REQUIRE_NEO4J=1 turns a missing Java/Maven into a failure.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNeo4jStore } from '../../server/src/store/neo4j';
import { cliEnv, runCli } from '../support/cli';
import { generateArticles, writeMarkdownFiles } from '../support/generate';
import { startKillableNeo4j, type KillableNeo4j } from '../support/killable-neo4j';
import { mismatches, spawnIngest, storedMentions } from './helpers';

const ARTICLES = 150;
const KILL_AFTER = 40;

const dir = mkdtempSync(join(tmpdir(), 'entente-durability-neo4j-'));
let neo4j: KillableNeo4j | undefined;
let skipReason: string | undefined;

beforeAll(async () => {
  const started = await startKillableNeo4j(dir, 'entente-durability-pw', 'Neo4j durability test');
  if ('skip' in started) skipReason = started.skip;
  else neo4j = started;
}, 300_000);

afterAll(async () => {
  await neo4j?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('Neo4j durability', () => {
  it('keeps every acknowledged article, whole and once, across a killed and restarted database', async (context) => {
    if (skipReason || !neo4j) return context.skip(skipReason);
    const db = neo4j;
    const folder = join(dir, 'articles');
    writeMarkdownFiles(folder, generateArticles({ count: ARTICLES, seed: 5150 }));
    const env = cliEnv(join(dir, 'data'), {
      NEO4J_URI: db.uri,
      NEO4J_USER: db.user,
      NEO4J_PASSWORD: db.password,
    });

    let killed: Promise<unknown> | undefined;
    const ingest = spawnIngest(['--store', 'neo4j', folder], env, (_result, all) => {
      if (all.length === KILL_AFTER) killed = db.kill().gone;
    });
    // The database comes back on the same port while the child's driver is still retrying:
    // depending on which is quicker, the retries land on the restarted server (and must not
    // duplicate anything), or the child gives up, reports the article it could not write and
    // stops. Both are correct; an acknowledgement without a stored article never is.
    while (!killed) {
      const early = await Promise.race([
        ingest.exited.then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), 50)),
      ]);
      if (early) throw new Error(`ingest ended before the kill:\n${ingest.stderr()}`);
    }
    const t0 = performance.now();
    await killed;
    const restarted = db.restart();
    const { code } = await ingest.exited;
    const childSeconds = (performance.now() - t0) / 1000;
    await restarted;

    const acknowledged = ingest.results.filter((r) => r.status !== 'failed').map((r) => r.id!);
    const failed = ingest.results.filter((r) => r.status === 'failed');
    if (code === 0) {
      expect(acknowledged).toHaveLength(ARTICLES);
    } else {
      expect(code).toBe(1);
      expect(failed.length).toBeGreaterThan(0);
      expect(ingest.stderr()).toMatch(
        /stopped early, \d+ of 150 articles not attempted: the neo4j store is unavailable/,
      );
    }

    const store = createNeo4jStore(db);
    try {
      const articles = await store.articles();
      const ids = articles.map((a) => a.id);
      const stored = new Set(ids);
      const lost = acknowledged.filter((id) => !stored.has(id));
      const duplicated = ids.length - stored.size;
      console.log(
        `Neo4j SIGKILL: ${acknowledged.length} acknowledged, ${failed.length} reported failed ` +
          `(child exit ${String(code)}, ${childSeconds.toFixed(1)} s after the kill), ` +
          `${ids.length} stored, ` +
          `${lost.length} lost, ${duplicated} duplicated`,
      );
      expect(lost).toEqual([]);
      expect(duplicated).toBe(0);
      expect(mismatches(articles, await storedMentions(store))).toEqual([]);

      const resumed = await runCli(['ingest', '--store', 'neo4j', folder], env);
      expect(resumed.stdout).toContain(
        `${ARTICLES - ids.length} created, ${ids.length} unchanged, 0 failed`,
      );
      expect(resumed.code).toBe(0);
      const final = await store.articles();
      expect(final).toHaveLength(ARTICLES);
      expect(new Set(final.map((a) => a.id)).size).toBe(ARTICLES);
      expect(mismatches(final, await storedMentions(store))).toEqual([]);
    } finally {
      await store.close();
    }
  }, 120_000);
});
