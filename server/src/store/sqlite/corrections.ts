// Article deletion, mention replacement and user corrections (merges, aliases) in SQLite, each
// in one IMMEDIATE transaction, which also refreshes the summaries of the relations it touched.

import type Database from 'better-sqlite3';
import {
  NotFoundError,
  relationId,
  type ActorMerge,
  type ArticleGraph,
  type Corrections,
  type Language,
  type RelationType,
} from '../../domain';
import { planIngest } from '../ingest-plan';
import { checkAlias, checkMerge, sortCorrections, toAlias } from '../listing';
import type { SqliteReads } from './reads';
import { prepareSummaries } from './summary';
import { prepareMentionWrites } from './writes';

interface MentionEnds {
  rowid: number;
  relationId: string;
  source: string;
  type: RelationType;
  target: string;
}

export function prepareCorrections(db: Database.Database, reads: SqliteReads) {
  const deleteArticle = db.prepare<[string]>('DELETE FROM articles WHERE id = ?');
  const deleteMentions = db.prepare<[number]>('DELETE FROM mentions WHERE article_no = ?');
  const articleNo = db.prepare<[string], number>('SELECT no FROM articles WHERE id = ?').pluck();
  const writeMentions = prepareMentionWrites(db);
  const summaries = prepareSummaries(db);
  const actorExists = db.prepare<[string], number>('SELECT 1 FROM actors WHERE id = ?').pluck();
  const mergeOf = db
    .prepare<[string], string>('SELECT to_id FROM actor_merges WHERE from_id = ?')
    .pluck();
  const endsTouching = db.prepare<[string, string], MentionEnds>(
    `SELECT rowid, relation_id AS relationId, source, type, target FROM mentions
     WHERE source = ? OR target = ?`,
  );
  const repoint = db.prepare<[string, string, string, number]>(
    'UPDATE mentions SET source = ?, target = ?, relation_id = ? WHERE rowid = ?',
  );
  const repointClaimant = db.prepare<[string, string]>(
    'UPDATE mentions SET claimant = ? WHERE claimant = ?',
  );
  const moveAliases = db.prepare<[string, string]>(`
    INSERT OR IGNORE INTO actor_aliases (actor_id, alias, lang)
    SELECT ?, alias, lang FROM actor_aliases WHERE actor_id = ?`);
  const dropAliases = db.prepare<[string]>('DELETE FROM actor_aliases WHERE actor_id = ?');
  const insertAlias = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO actor_aliases (actor_id, alias, lang) VALUES (?, ?, ?)',
  );
  const flattenMerges = db.prepare<[string, string]>(
    'UPDATE actor_merges SET to_id = ? WHERE to_id = ?',
  );
  const insertMerge = db.prepare<[string, string]>(
    'INSERT INTO actor_merges (from_id, to_id) VALUES (?, ?)',
  );
  const deleteActor = db.prepare<[string]>('DELETE FROM actors WHERE id = ?');
  const allMerges = db.prepare<[], ActorMerge>(
    'SELECT from_id AS "from", to_id AS "to" FROM actor_merges',
  );
  const allAliases = db.prepare<[], { actorId: string; alias: string; lang: string }>(
    'SELECT actor_id AS actorId, alias, lang FROM actor_aliases',
  );

  const replace = db.transaction((articleId: string, graph: ArticleGraph): boolean => {
    const article = reads.article(articleId);
    const no = articleNo.get(articleId);
    if (!article || no === undefined) return false;
    const plan = planIngest(article, graph);
    const before = summaries.relationsOfArticle(articleId);
    deleteMentions.run(no);
    const written = writeMentions([{ plan, articleNo: no }]);
    summaries.refresh([
      ...before,
      ...written.flatMap(({ plan }) => plan.relations.map((r) => r.id)),
    ]);
    return true;
  });

  const merge = db.transaction((keepId: string, dropId: string): void => {
    checkMerge(keepId, dropId);
    if (mergeOf.get(dropId) === keepId) return; // merged before: nothing to do
    const found = reads.actors([keepId, dropId]);
    const keep = found.find((actor) => actor.id === keepId);
    const drop = found.find((actor) => actor.id === dropId);
    if (!keep) throw new NotFoundError(`unknown actor ${keepId}`);
    if (!drop) throw new NotFoundError(`unknown actor ${dropId}`);
    const touched = new Set<string>();
    for (const m of endsTouching.all(dropId, dropId)) {
      const source = m.source === dropId ? keepId : m.source;
      const target = m.target === dropId ? keepId : m.target;
      const id = relationId(source, m.type, target);
      repoint.run(source, target, id, m.rowid);
      touched.add(m.relationId).add(id);
    }
    summaries.refresh(touched);
    repointClaimant.run(keepId, dropId);
    moveAliases.run(keepId, dropId);
    dropAliases.run(dropId);
    if (drop.name !== keep.name) insertAlias.run(keepId, drop.name, '');
    flattenMerges.run(keepId, dropId);
    insertMerge.run(dropId, keepId);
    deleteActor.run(dropId);
  });

  const alias = db.transaction((actorId: string, name: string, lang: Language | null): boolean => {
    const target = mergeOf.get(actorId) ?? actorId;
    if (actorExists.get(target) === undefined) throw new NotFoundError(`unknown actor ${actorId}`);
    return insertAlias.run(target, name, lang ?? '').changes > 0;
  });

  const remove = db.transaction((id: string): boolean => {
    const touched = summaries.relationsOfArticle(id);
    // The mentions go with the article (ON DELETE CASCADE).
    const deleted = deleteArticle.run(id).changes > 0;
    summaries.refresh(touched);
    return deleted;
  });

  return {
    deleteArticle: (id: string): boolean => remove.immediate(id),
    replaceMentions: (articleId: string, graph: ArticleGraph): boolean =>
      replace.immediate(articleId, graph),
    mergeActors: (keepId: string, dropId: string): void => merge.immediate(keepId, dropId),
    addAlias: (actorId: string, name: string, lang?: Language | null): boolean =>
      alias.immediate(actorId, checkAlias(name, lang), lang ?? null),
    corrections: (): Corrections => sortCorrections(allMerges.all(), allAliases.all().map(toAlias)),
  };
}

export type SqliteCorrections = ReturnType<typeof prepareCorrections>;
