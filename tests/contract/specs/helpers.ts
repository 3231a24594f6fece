// Small helpers the contract specs share.

import type { GraphFilter } from '../../../server/src/domain';
import type { GraphStore } from '../../../server/src/store/store';
import { ALL_FIXTURES, type Fixture } from '../fixtures';

export async function ingestAll(
  store: GraphStore,
  fixtures: readonly Fixture[] = ALL_FIXTURES,
): Promise<void> {
  for (const { article, graph } of fixtures) await store.ingest(article, graph);
}

export async function edgeIds(store: GraphStore, filter: GraphFilter = {}): Promise<string[]> {
  return (await store.graph(filter)).edges.map((edge) => edge.id);
}
