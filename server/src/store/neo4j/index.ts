// The Neo4j GraphStore: wires the gateway to the schema, write, read and correction modules.

import { toPlainRelation } from '../details';
import { withMemoryGraph } from '../memory-graph';
import { reextractAll } from '../reextract';
import type { GraphStore } from '../store';
import { createCorrections } from './corrections';
import type { SummaryOptions } from '../summary';
import { createGateway, type GatewayOptions } from './gateway';
import { createPages } from './pages';
import { createReads } from './reads';
import { createRelationReads } from './relations';
import { createSchema } from './schema';
import { coalesce } from './version';
import { ingest, ingestMany } from './writes';

export type Neo4jStoreOptions = GatewayOptions & SummaryOptions;

export function createNeo4jStore(options: Neo4jStoreOptions): GraphStore {
  const gateway = createGateway(options);
  const { articleIds, ...reads } = createReads(gateway);
  const relations = createRelationReads(gateway, options.readSummaries ?? true);
  const corrections = createCorrections(gateway);
  const dataVersion = coalesce(() => gateway.latestBookmark());
  return withMemoryGraph({
    kind: 'neo4j',
    init: () => createSchema(gateway),
    ping: () => gateway.ping(),
    close: () => gateway.close(),
    dataVersion,
    ingest: (article, graph) => ingest(gateway, article, graph),
    ingestMany: (items) => ingestMany(gateway, items),
    ...reads,
    graph: async (filter) => {
      const { nodes, edges } = await relations.graphDetail(filter);
      return { nodes, edges: edges.map(toPlainRelation) };
    },
    ...relations,
    ...createPages(gateway),
    ...corrections,
    reextract: (extract, onProgress) =>
      reextractAll(
        { articleIds, article: reads.article, replaceMentions: corrections.replaceMentions },
        extract,
        onProgress,
      ),
  });
}
