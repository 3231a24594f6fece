// The typed GraphQL operations the explorer runs.

import { request } from './client';
import type { ActorDetails, GraphData, Modality, RelationDetails, RelationType } from './types';

const GRAPH = /* GraphQL */ `
  query ExplorerGraph($filter: GraphFilter) {
    graph(filter: $filter) {
      nodes {
        id
        name
        kind
      }
      edges {
        id
        type
        evidenceCount
        source {
          id
        }
        target {
          id
        }
      }
    }
  }
`;

const EVIDENCE_FIELDS = /* GraphQL */ `
  id sentence start end trigger modality confidence
  claimant { id name }
  claimantName
  article { id title source publishedAt url }
`;

const ACTOR = /* GraphQL */ `
  query ExplorerActor($id: ID!) {
    actor(id: $id) {
      id name kind wikidata
      relations {
        id type evidenceCount
        source { id name }
        target { id name }
        evidence { ${EVIDENCE_FIELDS} }
      }
    }
  }
`;

// A relation is looked up through the graph filtered to its source and type: the graph filter
// also carries the modalities, so the evidence list matches what the canvas shows.
const RELATION = /* GraphQL */ `
  query ExplorerRelation($filter: GraphFilter) {
    graph(filter: $filter) {
      edges {
        id type cameo evidenceCount
        source { id name }
        target { id name }
        evidence { ${EVIDENCE_FIELDS} }
      }
    }
  }
`;

export async function fetchGraph(
  modalities: readonly Modality[],
  signal?: AbortSignal,
): Promise<GraphData> {
  const data = await request<{ graph: GraphData }, { filter: { modalities: readonly Modality[] } }>(
    GRAPH,
    { filter: { modalities } },
    signal,
  );
  return data.graph;
}

export async function fetchActor(id: string, signal?: AbortSignal): Promise<ActorDetails | null> {
  const data = await request<{ actor: ActorDetails | null }, { id: string }>(ACTOR, { id }, signal);
  return data.actor;
}

/** Splits `SOURCE:TYPE:TARGET`; actor ids never contain a colon. */
export function parseRelationId(
  id: string,
): { source: string; type: RelationType; target: string } | null {
  const parts = id.split(':');
  if (parts.length !== 3) return null;
  const [source, type, target] = parts as [string, string, string];
  return { source, type: type as RelationType, target };
}

export async function fetchRelation(
  id: string,
  modalities: readonly Modality[],
  signal?: AbortSignal,
): Promise<RelationDetails | null> {
  const parsed = parseRelationId(id);
  if (!parsed) return null;
  const filter = { actors: [parsed.source], types: [parsed.type], modalities };
  const data = await request<{ graph: { edges: RelationDetails[] } }, { filter: typeof filter }>(
    RELATION,
    { filter },
    signal,
  );
  return data.graph.edges.find((e) => e.id === id) ?? null;
}
