// The in-memory traversal layer over a real Neo4j: same answers as the store, fresh after writes.

import { createNeo4jStore } from '../../server/src/store/neo4j';
import { memoryGraphSpecs } from './memory-graph-specs';
import { useTestServer } from './neo4j-server';

const neo4j = useTestServer();

memoryGraphSpecs(
  'neo4j',
  async () => {
    const server = neo4j.require();
    await server.clear();
    const store = createNeo4jStore(server);
    await store.init();
    return { store, cleanup: () => store.close() };
  },
  { articles: 60, actors: 12 },
  neo4j.skipReason,
);
