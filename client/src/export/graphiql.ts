// "Open this view's query in GraphiQL": the current filters as a GraphQL query in the URL.

import { GRAPHQL_ENDPOINT } from '../api/client';
import type { GraphFilterInput } from '../state/filters';

const ENUM_FIELDS = new Set(['types', 'modalities']);

function literal(key: string, value: unknown): string {
  if (Array.isArray(value)) {
    const items = value.map((v) => (ENUM_FIELDS.has(key) ? String(v) : JSON.stringify(v)));
    return `[${items.join(', ')}]`;
  }
  return JSON.stringify(value);
}

/** A GraphQL input-object literal, e.g. `{ modalities: [ASSERTED, HEDGED], from: "2024-01-01" }`. */
export function filterLiteral(filter: GraphFilterInput): string {
  const fields = Object.entries(filter)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${literal(k, v)}`);
  return `{ ${fields.join(', ')} }`;
}

export function viewQuery(filter: GraphFilterInput): string {
  return `# The relations on the Entente canvas, with the sentences behind them.
{
  graph(filter: ${filterLiteral(filter)}) {
    nodes { id name kind wikidata }
    edges {
      id type evidenceCount articleCount publisherCount firstSeen lastSeen contested
      source { id name }
      target { id name }
      evidence {
        sentence trigger modality claimantName
        article { title source publishedAt url }
      }
    }
  }
}
`;
}

/** GraphiQL reads the `query` search parameter as its initial query. */
export function graphiqlUrl(filter: GraphFilterInput, endpoint = GRAPHQL_ENDPOINT): string {
  // encodeURIComponent rather than URLSearchParams: spaces as %20 read the same everywhere.
  return `${endpoint}?query=${encodeURIComponent(viewQuery(filter))}`;
}
