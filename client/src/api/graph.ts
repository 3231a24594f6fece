// Graph-shaped operations: the filtered graph, an actor's neighbourhood and paths between actors.

import type { GraphFilterInput } from '../state/filters';
import { request } from './client';
import type { GraphData, TimelineBucket } from './types';

export const NODE_FIELDS = 'id name kind degree centrality';
export const EDGE_FIELDS = `id type evidenceCount articleCount publisherCount firstSeen lastSeen contested
  modalities { asserted hedged negated question }
  source { id } target { id }`;

export const GRAPH_QUERY = /* GraphQL */ `
  query ExplorerGraph($filter: GraphFilter) {
    graph(filter: $filter) {
      nodes { ${NODE_FIELDS} }
      edges { ${EDGE_FIELDS} }
    }
  }
`;

// Everything the canvas draws, without the centralities (PageRank takes the server seconds on
// thousands of relations) and the aggregates only the panels read. Modalities and contestedness
// cost the server little and decide how a relation is drawn (hedged, contested): with them, the
// full answer restyles nothing when it replaces the preview, which on a large graph costs a frame.
const PREVIEW_QUERY = /* GraphQL */ `
  query ExplorerGraphPreview($filter: GraphFilter) {
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
        contested
        modalities {
          asserted
          hedged
          negated
          question
        }
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

/**
 * The graph under `filter`. With `onPreview`, a light query is answered first so a large graph
 * can be drawn while the full one (which replaces it in place) is still being computed.
 */
export async function fetchGraph(
  filter: GraphFilterInput,
  signal?: AbortSignal,
  onPreview?: (preview: GraphData) => void,
): Promise<GraphData> {
  if (onPreview) {
    const preview = await request<{ graph: GraphData }, { filter: GraphFilterInput }>(
      PREVIEW_QUERY,
      { filter },
      signal,
    );
    if (!signal?.aborted) onPreview(preview.graph);
  }
  const data = await request<{ graph: GraphData }, { filter: GraphFilterInput }>(
    GRAPH_QUERY,
    { filter },
    signal,
  );
  return data.graph;
}

const NEIGHBORHOOD = /* GraphQL */ `
  query ExplorerNeighborhood($id: ID!, $depth: Int, $filter: GraphFilter) {
    neighborhood(actorId: $id, depth: $depth, filter: $filter) {
      nodes { ${NODE_FIELDS} }
      edges { ${EDGE_FIELDS} }
    }
  }
`;

export async function fetchNeighborhood(
  id: string,
  filter: GraphFilterInput,
  depth = 1,
): Promise<GraphData> {
  const data = await request<
    { neighborhood: GraphData },
    { id: string; depth: number; filter: GraphFilterInput }
  >(NEIGHBORHOOD, { id, depth, filter });
  return data.neighborhood;
}

const PATHS = /* GraphQL */ `
  query ExplorerPaths($from: ID!, $to: ID!, $filter: GraphFilter) {
    paths(from: $from, to: $to, maxLength: 4, filter: $filter, limit: 20) {
      length
      actors {
        id
      }
      steps {
        relation {
          id
        }
      }
    }
  }
`;

export interface PathResult {
  length: number;
  actors: { id: string }[];
  steps: { relation: { id: string } }[];
}

export async function fetchPaths(
  from: string,
  to: string,
  filter: GraphFilterInput,
): Promise<PathResult[]> {
  const data = await request<
    { paths: PathResult[] },
    { from: string; to: string; filter: GraphFilterInput }
  >(PATHS, { from, to, filter });
  return data.paths;
}

const TIMELINE = /* GraphQL */ `
  query ExplorerTimeline($filter: GraphFilter) {
    timeline(filter: $filter, interval: MONTH) {
      start
      mentions
    }
  }
`;

export async function fetchTimeline(
  filter: GraphFilterInput,
  signal?: AbortSignal,
): Promise<TimelineBucket[]> {
  const data = await request<{ timeline: TimelineBucket[] }, { filter: GraphFilterInput }>(
    TIMELINE,
    { filter },
    signal,
  );
  return data.timeline;
}

const FACETS = /* GraphQL */ `
  query ExplorerFacets {
    articles {
      source
    }
    graph(filter: { modalities: [ASSERTED, HEDGED, NEGATED, QUESTION] }) {
      edges {
        claimants {
          id
          name
        }
      }
    }
  }
`;

export interface Facets {
  publishers: string[];
  claimants: { id: string; name: string }[];
}

/** The values the claimant and publisher filters offer, over the whole store. */
export async function fetchFacets(signal?: AbortSignal): Promise<Facets> {
  const data = await request<{
    articles: { source: string | null }[];
    graph: { edges: { claimants: { id: string; name: string }[] }[] };
  }>(FACETS, undefined, signal);
  const publishers = [...new Set(data.articles.flatMap((a) => (a.source ? [a.source] : [])))];
  const claimants = new Map<string, string>();
  for (const e of data.graph.edges) for (const c of e.claimants) claimants.set(c.id, c.name);
  return {
    publishers: publishers.sort((a, b) => a.localeCompare(b)),
    claimants: [...claimants]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
