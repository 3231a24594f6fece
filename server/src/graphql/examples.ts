// The example queries GraphiQL opens with, one tab each, so a first visitor sees what to ask.

export const DEFAULT_QUERY = `# Entente: the actor graph with the evidence behind each edge.
# More examples are in the other tabs.
query SeedGraph {
  graph {
    nodes { id name kind centrality }
    edges {
      id
      type
      source { id }
      target { id }
      evidenceCount
      publisherCount
      contested
      evidence { sentence modality claimant { id } article { title publisher } }
    }
  }
}
`;

const EVIDENCE = `# Every sentence behind "Russia supplies North Korea", any modality, paged.
query EvidenceRusPrk {
  relation(
    id: "RUS:SUPPLIES:PRK"
    filter: { modalities: [ASSERTED, HEDGED, NEGATED, QUESTION] }
  ) {
    id
    cameo
    evidenceCount
    articleCount
    firstSeen
    lastSeen
    modalities { asserted hedged negated question }
    claimants { id name }
    evidenceConnection(first: 20) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        sentence
        trigger
        modality
        confidence
        claimantName
        article { title publisher publishedAt url }
      }
    }
  }
}
`;

const PATHS = `# How North Korea connects to the USA: paths of up to 4 relations, either direction.
query PathsPrkUsa {
  paths(from: "PRK", to: "USA", maxLength: 4, limit: 5) {
    length
    actors { id name }
    steps { forward relation { id type evidenceCount } }
  }
}
`;

const TIMELINE = `# Mentions per month and relation type, including negations and questions.
query Timeline {
  timeline(
    interval: MONTH
    filter: { modalities: [ASSERTED, HEDGED, NEGATED, QUESTION] }
  ) {
    start
    mentions
    byType { type count }
  }
  stats { actors articles mentions relations }
}
`;

export const EXAMPLE_TABS = [DEFAULT_QUERY, EVIDENCE, PATHS, TIMELINE].map((query) => ({ query }));
