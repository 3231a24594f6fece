// The GraphStore interface: the only way the rest of Entente reads or writes the graph.

import type {
  Actor,
  Article,
  ArticleGraph,
  Evidence,
  Graph,
  GraphFilter,
  Modality,
} from '../domain';

export type StoreKind = 'sqlite' | 'neo4j';

export interface IngestOutcome {
  article: Article;
  /** false when an article with the same id was already stored; nothing was written then. */
  created: boolean;
}

export interface GraphStore {
  readonly kind: StoreKind;
  /** Creates tables, constraints and indexes; safe to call on an existing store. */
  init(): Promise<void>;
  /** Resolves true when the database answers, false otherwise; never throws. */
  ping(): Promise<boolean>;
  close(): Promise<void>;

  /**
   * Writes the article, its actors and its mentions in one transaction. Idempotent: an article
   * whose id is already stored is left as it is and reported with `created: false`.
   */
  ingest(article: Article, graph: ArticleGraph): Promise<IngestOutcome>;

  article(id: string): Promise<Article | null>;
  /** All articles, newest `publishedAt` first (unknown dates last), then by id. */
  articles(): Promise<Article[]>;
  countArticles(): Promise<number>;

  /** The actors with these ids, in no particular order; unknown ids are left out. */
  actors(ids: readonly string[]): Promise<Actor[]>;

  /**
   * The aggregated graph: relations whose mentions pass the filter (modalities default to
   * ASSERTED and HEDGED), evidenceCount counting only those mentions, and the actors they touch.
   * Edges sorted by id, nodes by id.
   */
  graph(filter: GraphFilter): Promise<Graph>;

  /**
   * The evidence of these relations, filtered by modality (all modalities when omitted), sorted
   * by relation id, article publishedAt, article id, then start offset.
   */
  evidence(relationIds: readonly string[], modalities?: readonly Modality[]): Promise<Evidence[]>;
}
