// The in-memory traversal layer over a real Neo4j: same answers as the store, fresh after writes.

import { afterAll, beforeAll } from 'vitest';
import { createNeo4jStore } from '../../server/src/store/neo4j';
import { memoryGraphSpecs } from './memory-graph-specs';
import { acquireTestServer, type Neo4jTestServer } from './neo4j-server';

let server: Neo4jTestServer | undefined;
let skipReason: string | undefined;

beforeAll(async () => {
  const acquired = await acquireTestServer();
  if ('skip' in acquired) skipReason = acquired.skip;
  else server = acquired.server;
}, 300_000);

afterAll(async () => {
  await server?.release();
});

memoryGraphSpecs(
  'neo4j',
  async () => {
    if (!server) throw new Error(`no Neo4j server: ${skipReason ?? 'beforeAll did not run'}`);
    await server.clear();
    const store = createNeo4jStore(server);
    await store.init();
    return { store, cleanup: () => store.close() };
  },
  { articles: 60, actors: 12 },
  () => skipReason,
);
