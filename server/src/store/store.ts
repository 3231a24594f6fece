// The GraphStore interface: the only way the rest of Entente reads or writes the graph.

import type {
  Actor,
  ActorKind,
  ActorPath,
  Article,
  ArticleGraph,
  Corrections,
  DetailedGraph,
  Evidence,
  Graph,
  GraphFilter,
  Language,
  Modality,
  RelationDetail,
  StoreStats,
} from '../domain';

export type StoreKind = 'sqlite' | 'neo4j';

export interface IngestItem {
  article: Article;
  graph: ArticleGraph;
}

export interface IngestOutcome {
  article: Article;
  /** false when an article with the same id was already stored; nothing was written then. */
  created: boolean;
}

/** One page of a list, Relay-style: pass `endCursor` as `after` for the next page. */
export interface Page<T> {
  items: T[];
  /** All items matching the query, across every page. */
  totalCount: number;
  /** Opaque; null when the page is empty. */
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface PageOptions {
  /** Page size, 1..500; default 50. */
  first?: number | undefined;
  /** The `endCursor` of the previous page. */
  after?: string | null | undefined;
}

export interface EvidencePageOptions extends PageOptions {
  /** All modalities when omitted. */
  modalities?: readonly Modality[] | undefined;
}

export interface ArticlePageOptions extends PageOptions {
  /** Case-insensitive substring of the title or the text. */
  search?: string | undefined;
  /** Published at or after (ISO 8601); with from or to set, undated articles are left out. */
  from?: string | undefined;
  /** Published at or before (ISO 8601; a bare date includes that whole UTC day). */
  to?: string | undefined;
}

export interface ActorPageOptions extends PageOptions {
  /** Case-insensitive substring of the id, the name or an alias. */
  search?: string | undefined;
  kinds?: readonly ActorKind[] | undefined;
}

export interface PathOptions {
  /** Most relations on a path, 1..6; default 4. */
  maxLength?: number | undefined;
  /** Most paths returned, 1..100; default 10. */
  limit?: number | undefined;
  /** Which relations may be walked (`actors` is ignored). */
  filter?: GraphFilter | undefined;
}

/** Pure extraction of one stored article; may be async (e.g. run in a worker). */
export type ExtractFn = (article: Article) => ArticleGraph | Promise<ArticleGraph>;

export interface ReextractOutcome {
  /** Articles whose mentions were replaced. */
  articles: number;
  /** Mentions stored in total after re-extraction. */
  mentions: number;
}

export interface GraphStore {
  readonly kind: StoreKind;
  /** Creates tables, constraints and indexes; safe to call on an existing store. */
  init(): Promise<void>;
  /** Resolves true when the database answers, false otherwise; never throws. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /**
   * A token that changes whenever a committed write, by this process or any other, may change
   * an answer; equal tokens mean equal answers. Null when the store cannot tell (then nothing
   * may be cached). Cheap: read-through caches call it on every request.
   */
  dataVersion(): Promise<string | null>;

  /**
   * Writes the article, its actors and its mentions in one transaction. Idempotent: an article
   * whose id is already stored is left as it is and reported with `created: false`.
   */
  ingest(article: Article, graph: ArticleGraph): Promise<IngestOutcome>;

  /**
   * `ingest` for several articles in one transaction: all of them are written or none (every
   * graph is validated before anything is written). Outcomes come in input order; an article
   * repeated in the batch, or already stored, is reported with `created: false`.
   */
  ingestMany(items: readonly IngestItem[]): Promise<IngestOutcome[]>;

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

  /** `graph(filter)` with every edge's details (see RelationDetail). */
  graphDetail(filter: GraphFilter): Promise<DetailedGraph>;

  /** The relation as `graphDetail(filter)` would list it, or null when the filter leaves it out. */
  relation(id: string, filter?: GraphFilter): Promise<RelationDetail | null>;

  /**
   * The relations on walks of at most `depth` (1..3) relations from the actor, in either
   * direction, filtered; nodes are the actors they touch (the actor itself when it is known but
   * has no relations). `filter.actors` is ignored. Empty for an unknown actor.
   */
  neighbourhood(actorId: string, depth: number, filter?: GraphFilter): Promise<DetailedGraph>;

  /**
   * Simple paths between two actors over filtered relations walked in either direction; shortest
   * first, then by actor ids and relation ids. Empty when none, or when from = to.
   */
  paths(from: string, to: string, options?: PathOptions): Promise<ActorPath[]>;

  /** One relation's evidence, ordered as `evidence()` orders it. */
  evidencePage(relationId: string, options?: EvidencePageOptions): Promise<Page<Evidence>>;

  /** Articles ordered as `articles()` orders them. */
  articlesPage(options?: ArticlePageOptions): Promise<Page<Article>>;

  /** Actors ordered by name, then id. */
  actorsPage(options?: ActorPageOptions): Promise<Page<Actor>>;

  stats(): Promise<StoreStats>;

  /** Deletes the article and its mentions in one transaction; false when it was not stored. */
  deleteArticle(id: string): Promise<boolean>;

  /**
   * Replaces a stored article's mentions with `graph`'s, in one transaction, applying merges.
   * False when the article is not stored.
   */
  replaceMentions(articleId: string, graph: ArticleGraph): Promise<boolean>;

  /**
   * Runs `extract` over every stored article (in id order) and replaces its mentions, one
   * transaction per article; calls `onProgress(done, total)` after each.
   */
  reextract(
    extract: ExtractFn,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ReextractOutcome>;

  /**
   * Merges `dropId` into `keepId`: mentions move to `keepId`, `dropId`'s name and aliases become
   * `keepId`'s aliases, the actor `dropId` goes, and later ingests store `dropId` as `keepId`.
   */
  mergeActors(keepId: string, dropId: string): Promise<void>;

  /** Adds an alias to an actor (or to the actor it was merged into); false when already there. */
  addAlias(actorId: string, alias: string, lang?: Language | null): Promise<boolean>;

  corrections(): Promise<Corrections>;
}
