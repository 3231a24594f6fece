// Hand-written result types for the operations in operations.ts, mirroring server/src/graphql/*/*.graphql.

export const ACTOR_KINDS = ['STATE', 'ORGANISATION', 'REGION', 'PERSON'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const RELATION_TYPES = [
  'SUPPLIES',
  'THREATENS',
  'ALLIES_WITH',
  'FIGHTS',
  'SUPPORTS',
  'SENDS_TROOPS_TO',
  'SANCTIONS',
  'CONDEMNS',
  'RECOGNIZES',
  'TRADES_WITH',
  'SEVERS_TIES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Types where A→B means the same as B→A: drawn without arrowheads. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  'ALLIES_WITH',
  'TRADES_WITH',
  'SEVERS_TIES',
]);

export const MODALITIES = ['ASSERTED', 'HEDGED', 'NEGATED', 'QUESTION'] as const;
export type Modality = (typeof MODALITIES)[number];
export const DEFAULT_MODALITIES: readonly Modality[] = ['ASSERTED', 'HEDGED'];

export interface ActorRef {
  id: string;
  name: string;
}

export interface GraphNode extends ActorRef {
  kind: ActorKind;
  /** Relations touching the actor in the whole store (asserted and hedged). */
  degree?: number;
  /** PageRank in the whole store's asserted/hedged graph; 0 without relations. */
  centrality?: number;
}

export interface ModalityCounts {
  asserted: number;
  hedged: number;
  negated: number;
  question: number;
}

export interface GraphEdge {
  /** `SOURCE:TYPE:TARGET` */
  id: string;
  type: RelationType;
  evidenceCount: number;
  source: { id: string };
  target: { id: string };
  articleCount?: number;
  publisherCount?: number;
  firstSeen?: string | null;
  lastSeen?: string | null;
  /** Both asserted and negated evidence exist. */
  contested?: boolean;
  /** Over all mentions of the relation, whatever the filter. */
  modalities?: ModalityCounts;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface ActorRelation {
  id: string;
  type: RelationType;
  evidenceCount: number;
  source: ActorRef;
  target: ActorRef;
}

export interface ActorDetails extends GraphNode {
  wikidata: string | null;
  relations: (ActorRelation & { evidence: Evidence[] })[];
}

export interface ArticleRef {
  id: string;
  title: string | null;
  source: string | null;
  /** ISO 8601 (the DateTime scalar). */
  publishedAt: string | null;
  url: string | null;
}

export interface Evidence {
  id: string;
  sentence: string;
  start: number;
  end: number;
  trigger: string;
  modality: Modality;
  confidence: number;
  claimant: ActorRef | null;
  claimantName: string | null;
  article: ArticleRef;
}

export interface RelationDetails extends ActorRelation {
  cameo: string;
  articleCount: number;
  publisherCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  contested: boolean;
  modalities: ModalityCounts;
  claimants: ActorRef[];
  evidence: Evidence[];
}

export interface ArticleSummary extends ArticleRef {
  lang: string;
}

export interface ArticleFull extends ArticleSummary {
  text: string;
}

export interface TimelineBucket {
  /** First day of the bucket, YYYY-MM-DD. */
  start: string;
  mentions: number;
}

export interface SearchActor extends GraphNode {
  aliases: string[];
}
