// The in-process channel that tells subscribed explorers the graph changed (after ingest,
// delete, merge, alias or re-extraction through this server).

import { createPubSub } from 'graphql-yoga';

export const GRAPH_CHANGE_KINDS = ['INGEST', 'DELETE', 'MERGE', 'ALIAS', 'REEXTRACT'] as const;
export type GraphChangeKind = (typeof GRAPH_CHANGE_KINDS)[number];

export interface GraphChange {
  kind: GraphChangeKind;
  /** The article or actor the change is about, when there is one. */
  id: string | null;
  at: Date;
}

export type ChangeBus = ReturnType<typeof createChangeBus>;

export function createChangeBus() {
  return createPubSub<{ graphChanged: [GraphChange] }>();
}

export function announce(bus: ChangeBus, kind: GraphChangeKind, id: string | null = null): void {
  bus.publish('graphChanged', { kind, id, at: new Date() });
}
