// The query GraphiQL opens with, so a first visitor sees the seed graph at once.

export const DEFAULT_QUERY = `# Entente: the actor graph with the evidence behind each edge.
# Try also: { actor(id: "RUS") { name relations { id evidenceCount } } }
query SeedGraph {
  graph {
    nodes { id name kind }
    edges {
      id
      type
      source { id }
      target { id }
      evidenceCount
      evidence { sentence modality claimant { id } article { title } }
    }
  }
}
`;
