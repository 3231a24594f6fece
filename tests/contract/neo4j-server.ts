// One real Neo4j server per test file, from tests/support/neo4j.ts, with the skip policy of the
// contract suites: no server → skip with a warning, unless REQUIRE_NEO4J=1 makes it a failure.
// The suites wipe the database, so they take a cross-process lock per server (files sharing
// one NEO4J_URI run one after another) and refuse a database holding data they did not write.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGateway, type Params, type Row } from '../../server/src/store/neo4j/gateway';
import { afterAll, beforeAll } from 'vitest';
import { acquireNeo4j } from '../support/neo4j';

export interface Neo4jTestServer {
  uri: string;
  user: string;
  password: string;
  /** Runs Cypher through a gateway of the test's own, for inspecting the database. */
  query(cypher: string, params?: Params): Promise<Row[]>;
  /** Deletes every node and relationship but the marker (constraints and indexes stay). */
  clear(): Promise<void>;
  release(): Promise<void>;
}

export type Acquired = { server: Neo4jTestServer } | { skip: string };

/** Labels a database the suites may wipe; the store never reads it. */
const MARKER = 'EntenteContractTestMarker';
const LOCK_WAIT_MS = 280_000;

export async function acquireTestServer(): Promise<Acquired> {
  const acquired = await acquireNeo4j();
  if ('skip' in acquired) return skip(acquired.skip);

  const { uri, user, password } = acquired;
  const unlock = await lock(uri);
  // Tests reach Neo4j through the store's own gateway: only server/src/store imports the driver.
  const admin = createGateway({ uri, user, password });
  const query = (cypher: string, params?: Params) => admin.write((tx) => tx.run(cypher, params));
  const release = async () => {
    try {
      await query(`MATCH (n) WHERE NOT n:${MARKER} DETACH DELETE n`);
    } finally {
      await admin.close();
      await unlock();
      await acquired.release();
    }
  };

  const [found] = await query(`RETURN COUNT { (:${MARKER}) } AS markers, COUNT { () } AS nodes`);
  if (found?.['nodes'] !== 0 && found?.['markers'] === 0) {
    await admin.close();
    await unlock();
    await acquired.release();
    return skip(
      `the Neo4j database at ${uri} holds data the tests did not write; refusing to wipe it ` +
        '(point NEO4J_URI at an empty database, or unset it to start a local one)',
    );
  }
  await query(`MERGE (:${MARKER})`);

  return {
    server: {
      uri,
      user,
      password,
      query,
      clear: async () => {
        await query(`MATCH (n) WHERE NOT n:${MARKER} DETACH DELETE n`);
      },
      release,
    },
  };
}

/** The file's server, acquired before its tests and released after them. */
export interface TestServerHandle {
  /** The server; throws when there is none (the tests should have skipped). */
  require(): Neo4jTestServer;
  /** Why there is no server, once beforeAll has run; undefined while there is one. */
  skipReason(): string | undefined;
}

/** Registers the beforeAll/afterAll that acquire and release one server for this file. */
export function useTestServer(): TestServerHandle {
  let server: Neo4jTestServer | undefined;
  let reason: string | undefined;
  beforeAll(async () => {
    const acquired = await acquireTestServer();
    if ('skip' in acquired) reason = acquired.skip;
    else server = acquired.server;
  }, 300_000);
  afterAll(async () => {
    await server?.release();
  });
  return {
    require: () => {
      if (!server) throw new Error(`no Neo4j server: ${reason ?? 'beforeAll did not run'}`);
      return server;
    },
    skipReason: () => reason,
  };
}

function skip(reason: string): Acquired {
  if (process.env['REQUIRE_NEO4J'] === '1') {
    throw new Error(`REQUIRE_NEO4J=1 but no Neo4j server is usable: ${reason}`);
  }
  console.warn(`Neo4j contract suite skipped: ${reason}`);
  return { skip: reason };
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** An exclusive lock per server URI, held until the returned function runs. */
async function lock(uri: string): Promise<() => Promise<void>> {
  const key = createHash('sha256').update(uri).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `entente-neo4j-contract-${key}.lock`);
  const pidFile = join(dir, 'pid');
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(pidFile, String(process.pid));
      return async () => rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (isStale(dir, pidFile)) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for the test lock ${dir}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Held by a process that has died, or created so long ago that its pid file never came. */
function isStale(dir: string, pidFile: string): boolean {
  try {
    return !alive(Number(readFileSync(pidFile, 'utf8')));
  } catch {
    try {
      return Date.now() - statSync(dir).mtimeMs > 10_000;
    } catch {
      return false; // released meanwhile: try again
    }
  }
}
