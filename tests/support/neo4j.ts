// Gives tests a Neo4j server: NEO4J_URI if set, else a fresh local one (needs java + mvn), else a skip reason.
// Independent of Vitest, so it also serves a globalSetup that passes the URI on.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNeo4j } from '../../server/src/cli/neo4j';
import { freePort, onPath } from './processes';

export interface AcquiredNeo4j {
  uri: string;
  user: string;
  password: string;
  /** Stops the server this call started and deletes its data; does nothing for NEO4J_URI. */
  release: () => Promise<void>;
}

const TEST_USER = 'neo4j';
const TEST_PASSWORD = 'entente-test-pw';
const START_ATTEMPTS = 3;

export async function acquireNeo4j(): Promise<AcquiredNeo4j | { skip: string }> {
  const external = process.env['NEO4J_URI'];
  if (external) {
    return {
      uri: external,
      user: process.env['NEO4J_USER'] || 'neo4j',
      password: process.env['NEO4J_PASSWORD'] ?? '',
      release: async () => {},
    };
  }

  const missing = ['java', 'mvn'].filter((command) => !onPath(command));
  if (missing.length > 0) {
    return {
      skip:
        `NEO4J_URI is not set and ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} ` +
        'not on PATH, so no local Neo4j can be started (install a JDK 17+ and Maven, or point ' +
        'NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD at a running Neo4j 5)',
    };
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'entente-neo4j-'));
  try {
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      try {
        const server = await runNeo4j({
          dataDir,
          host: '127.0.0.1',
          port,
          user: TEST_USER,
          password: TEST_PASSWORD,
          // Only the launcher's own lines (build progress, "ready"): the server's go to its logs.
          log: (line) => {
            if (!line.startsWith('[neo4j-runner]')) process.stderr.write(`[neo4j] ${line}\n`);
          },
        });
        let released: Promise<void> | undefined;
        return {
          uri: server.uri,
          user: TEST_USER,
          password: TEST_PASSWORD,
          release: () => {
            released ??= server.stop().finally(() => {
              rmSync(dataDir, { recursive: true, force: true });
            });
            return released;
          },
        };
      } catch (error) {
        // Another process may have taken the port between freePort() and Neo4j's bind.
        const portTaken = /port is already in use/.test((error as Error).message);
        if (!portTaken || attempt >= START_ATTEMPTS) throw error;
      }
    }
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
