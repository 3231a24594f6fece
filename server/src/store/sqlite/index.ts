// The embedded GraphStore: SQLite through better-sqlite3, opened lazily so construction never
// throws; synchronous calls wrapped in async methods to honour the GraphStore contract.

import type Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../domain';
import { toPlainRelation } from '../details';
import { withMemoryGraph } from '../memory-graph';
import { reextractAll } from '../reextract';
import type { GraphStore } from '../store';
import { databasePath, mapSqliteError, openDatabase, type SqliteStoreOptions } from './connection';
import { prepareCorrections, type SqliteCorrections } from './corrections';
import { preparePages, type SqlitePages } from './pages';
import { prepareReads, type SqliteReads } from './reads';
import { prepareRelations, type SqliteRelations } from './relations';
import { migrate } from './schema';
import { prepareVersion } from './version';
import { prepareWrites, type IngestManyFn } from './writes';

export type { SqliteStoreOptions } from './connection';

interface Open {
  db: Database.Database;
  reads: SqliteReads;
  relations: SqliteRelations;
  pages: SqlitePages;
  corrections: SqliteCorrections;
  ingestMany: IngestManyFn;
  version: () => string;
}

export function createSqliteStore(options: SqliteStoreOptions): GraphStore {
  const path = databasePath(options);
  let open: Open | null = null;
  let closed = false;

  /** Opens and migrates on first use; the schema is always current before any statement. */
  function connection(): Open {
    if (closed) throw new StoreUnavailableError(`SQLite store ${path} is closed`);
    if (open) return open;
    const db = openDatabase(path, options.busyTimeoutMs ?? 5000);
    try {
      migrate(db);
      const reads = prepareReads(db);
      open = {
        db,
        reads,
        relations: prepareRelations(db, reads, options.readSummaries ?? true),
        pages: preparePages(db, reads.allActors),
        corrections: prepareCorrections(db, reads),
        ingestMany: prepareWrites(db, reads.article),
        version: prepareVersion(db),
      };
      return open;
    } catch (error) {
      db.close();
      return mapSqliteError(error, path);
    }
  }

  /** Runs `work` on the open database; async so callers see rejections, never sync throws. */
  async function run<T>(work: (open: Open) => T): Promise<T> {
    const current = connection();
    try {
      return work(current);
    } catch (error) {
      return mapSqliteError(error, path);
    }
  }

  /** Runs several reads in one transaction, so they see one snapshot. */
  const snapshot = <T>(work: (open: Open) => T) =>
    run((current) => current.db.transaction(() => work(current))());

  const store: GraphStore = {
    kind: 'sqlite',
    init: () => run(() => undefined),
    async ping() {
      try {
        return await run(({ db }) => db.prepare('SELECT 1').pluck().get() === 1);
      } catch {
        return false;
      }
    },
    // data_version moves with commits by other connections (another process's ingest),
    // total_changes() with this connection's own writes.
    dataVersion: () => run(({ version }) => version()),
    async close() {
      closed = true;
      const current = open;
      open = null;
      current?.db.close();
    },
    ingest: (article, graph) =>
      run(({ ingestMany }) => {
        const [outcome] = ingestMany([{ article, graph }]);
        if (!outcome) throw new Error(`ingest of article ${article.id} reported nothing`);
        return outcome;
      }),
    ingestMany: (items) => run(({ ingestMany }) => ingestMany(items)),
    article: (id) => run(({ reads }) => reads.article(id)),
    articles: () => run(({ reads }) => reads.articles()),
    countArticles: () => run(({ reads }) => reads.countArticles()),
    actors: (ids) => run(({ reads }) => reads.actors(ids)),
    graph: async (filter) => {
      const { nodes, edges } = await store.graphDetail(filter);
      return { nodes, edges: edges.map(toPlainRelation) };
    },
    evidence: (relationIds, modalities) =>
      run(({ reads }) => reads.evidence(relationIds, modalities)),

    graphDetail: (filter) => run(({ relations }) => relations.graphDetail(filter)),
    relation: (id, filter) => run(({ relations }) => relations.relation(id, filter)),
    neighbourhood: (actorId, depth, filter) =>
      run(({ relations }) => relations.neighbourhood(actorId, depth, filter)),
    paths: (from, to, pathOptions) =>
      run(({ relations }) => relations.paths(from, to, pathOptions)),
    evidencePage: (relationId, pageOptions) =>
      snapshot(({ pages }) => pages.evidencePage(relationId, pageOptions)),
    articlesPage: (pageOptions) => snapshot(({ pages }) => pages.articlesPage(pageOptions)),
    actorsPage: (pageOptions) => snapshot(({ pages }) => pages.actorsPage(pageOptions)),
    stats: () => snapshot(({ pages }) => pages.stats()),
    deleteArticle: (id) => run(({ corrections }) => corrections.deleteArticle(id)),
    replaceMentions: (articleId, graph) =>
      run(({ corrections }) => corrections.replaceMentions(articleId, graph)),
    reextract: (extract, onProgress) =>
      reextractAll(
        {
          articleIds: () => run(({ reads }) => reads.articleIds()),
          article: store.article,
          replaceMentions: store.replaceMentions,
        },
        extract,
        onProgress,
      ),
    mergeActors: (keepId, dropId) =>
      run(({ corrections }) => corrections.mergeActors(keepId, dropId)),
    addAlias: (actorId, alias, lang) =>
      run(({ corrections }) => corrections.addAlias(actorId, alias, lang)),
    corrections: () => run(({ corrections }) => corrections.corrections()),
  };
  return withMemoryGraph(store);
}
