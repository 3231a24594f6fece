// A local Neo4j that crash tests SIGKILL and restart on the same data directory and port.
// Skip policy as in the contract suite: REQUIRE_NEO4J=1 turns a missing Java/Maven into a failure.

import { join } from 'node:path';
import { runNeo4j, type Neo4jServer } from '../../server/src/cli/neo4j';
import { freePort, javaPid, onPath } from './processes';

export interface KillableNeo4j {
  uri: string;
  user: string;
  password: string;
  /** SIGKILLs the Java process (a plain stop when its pid is unknown); `gone` once it has ended. */
  kill(): { sigkill: boolean; gone: Promise<unknown> };
  /** Starts it again on the same data and port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const log = (line: string) => {
  if (!line.startsWith('[neo4j-runner]')) process.stderr.write(`[neo4j] ${line}\n`);
};

/** Starts a Neo4j with its data under `dir`, or says why it cannot (`test` names the caller). */
export async function startKillableNeo4j(
  dir: string,
  password: string,
  test: string,
): Promise<KillableNeo4j | { skip: string }> {
  const missing = ['java', 'mvn'].filter((command) => !onPath(command));
  if (missing.length > 0) {
    const reason = `${missing.join(' and ')} not on PATH: cannot start a Neo4j to kill`;
    if (process.env['REQUIRE_NEO4J'] === '1') throw new Error(`REQUIRE_NEO4J=1 but ${reason}`);
    console.warn(`${test} skipped: ${reason}`);
    return { skip: reason };
  }
  const home = join(dir, 'neo4j');
  const port = await freePort();
  const user = 'neo4j';
  const start = () => runNeo4j({ dataDir: home, host: '127.0.0.1', port, user, password, log });
  let server: Neo4jServer = await start();
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user,
    password,
    kill() {
      const pid = javaPid(home);
      if (pid === undefined) return { sigkill: false, gone: server.stop() };
      process.kill(pid, 'SIGKILL');
      return { sigkill: true, gone: server.exited };
    },
    async restart() {
      server = await start();
    },
    stop: () => server.stop(),
  };
}
