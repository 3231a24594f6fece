// The Neo4j GraphStore: wires the gateway to the schema, write and read modules.

import type { GraphStore } from '../store';
import { createGateway, type Neo4jStoreOptions } from './gateway';
import { createReads } from './reads';
import { createSchema } from './schema';
import { ingest } from './writes';

export type { Neo4jStoreOptions } from './gateway';

export function createNeo4jStore(options: Neo4jStoreOptions): GraphStore {
  const gateway = createGateway(options);
  const reads = createReads(gateway);
  return {
    kind: 'neo4j',
    init: () => createSchema(gateway),
    ping: () => gateway.ping(),
    close: () => gateway.close(),
    ingest: (article, graph) => ingest(gateway, article, graph),
    ...reads,
  };
}
