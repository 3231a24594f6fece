// Article deletion, mention replacement and user corrections (merges, aliases) in Neo4j, each in
// one managed write transaction that is safe to replay, keeping the typed actor relationships
// in step through refreshRelations.

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
import type { Gateway, Tx } from './gateway';
import { refOf, refreshRelations, type RelationRef } from './refresh';
import { map, str, strOrNull, toActor, toArticle } from './rows';
import { writeMentions } from './writes';

const RELATIONS_OF_ARTICLE = `
MATCH (m:Mention)-[:IN]->(:Article {id: $id})
RETURN DISTINCT m.relationId AS id, m.type AS type, m.source AS source, m.target AS target`;

const DELETE_MENTIONS = `
MATCH (m:Mention)-[:IN]->(:Article {id: $id})
DETACH DELETE m`;

const DELETE_ARTICLE = `
MATCH (a:Article {id: $id})
DETACH DELETE a
RETURN count(*) AS deleted`;

const ARTICLE = 'MATCH (a:Article {id: $id}) RETURN a {.*} AS article';
const MERGED_INTO = 'MATCH (x:ActorMerge {from: $id}) RETURN x.to AS to';
const ACTORS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.id, .name, .kind, .wikidata} AS actor`;

const MENTIONS_OF_ACTOR = `
MATCH (:Actor {id: $drop})<-[:SOURCE|TARGET]-(m:Mention)
RETURN DISTINCT m.id AS id, m.relationId AS relationId, m.type AS type, m.source AS source,
  m.target AS target`;

const SET_ENDS = `
UNWIND $rows AS row
MATCH (m:Mention {id: row.id})
SET m.source = row.source, m.target = row.target, m.relationId = row.relationId`;

// Relationship types cannot be parameters of MATCH patterns here without dynamic types, so the
// three links are re-pointed one by one; every statement is replay-safe within its transaction.
const REPOINT = `
MATCH (drop:Actor {id: $drop}), (keep:Actor {id: $keep})
CALL (drop, keep) {
  MATCH (m:Mention)-[r:SOURCE]->(drop) DELETE r CREATE (m)-[:SOURCE]->(keep)
}
CALL (drop, keep) {
  MATCH (m:Mention)-[r:TARGET]->(drop) DELETE r CREATE (m)-[:TARGET]->(keep)
}
CALL (drop, keep) {
  MATCH (m:Mention)-[r:CLAIMED_BY]->(drop)
  DELETE r CREATE (m)-[:CLAIMED_BY]->(keep) SET m.claimant = keep.id
}`;

const ALIASES_OF = `
MATCH (x:ActorAlias {actorId: $id})
RETURN x.alias AS alias, x.lang AS lang`;

const DELETE_ALIASES = 'MATCH (x:ActorAlias {actorId: $id}) DELETE x';

// The marker tells a new alias from an existing one, like the article MERGE in writes.ts.
const MERGE_ALIAS = `
MERGE (x:ActorAlias {key: $key})
ON CREATE SET x.actorId = $actorId, x.alias = $alias, x.lang = $lang, x._created = true
WITH x, x._created IS NOT NULL AS created
REMOVE x._created
RETURN created`;

const RECORD_MERGE = `
OPTIONAL MATCH (earlier:ActorMerge {to: $drop})
SET earlier.to = $keep
WITH count(earlier) AS flattened
MERGE (x:ActorMerge {from: $drop})
SET x.to = $keep`;

const DELETE_ACTOR = 'MATCH (a:Actor {id: $id}) DETACH DELETE a';

const ALL_MERGES = 'MATCH (x:ActorMerge) RETURN x.from AS from, x.to AS to';
const ALL_ALIASES =
  'MATCH (x:ActorAlias) RETURN x.actorId AS actorId, x.alias AS alias, x.lang AS lang';

const aliasKey = (actorId: string, alias: string, lang: Language | null): string =>
  JSON.stringify([actorId, alias, lang ?? '']);

function toRef(row: Record<string, unknown>): RelationRef {
  return refOf(
    str(row, 'id'),
    str(row, 'type') as RelationType,
    str(row, 'source'),
    str(row, 'target'),
  );
}

async function addAliasIn(tx: Tx, actorId: string, alias: string, lang: Language | null) {
  const [row] = await tx.run(MERGE_ALIAS, {
    key: aliasKey(actorId, alias, lang),
    actorId,
    alias,
    lang,
  });
  return row?.['created'] === true;
}

async function mergedInto(tx: Tx, id: string): Promise<string | null> {
  const [row] = await tx.run(MERGED_INTO, { id });
  return row ? str(row, 'to') : null;
}

async function merge(tx: Tx, keepId: string, dropId: string): Promise<void> {
  if ((await mergedInto(tx, dropId)) === keepId) return; // merged before: nothing to do
  const found = (await tx.run(ACTORS, { ids: [keepId, dropId] })).map((row) =>
    toActor(map(row, 'actor')),
  );
  const keep = found.find((actor) => actor.id === keepId);
  const drop = found.find((actor) => actor.id === dropId);
  if (!keep) throw new NotFoundError(`unknown actor ${keepId}`);
  if (!drop) throw new NotFoundError(`unknown actor ${dropId}`);

  const touched: RelationRef[] = [];
  const rows = (await tx.run(MENTIONS_OF_ACTOR, { drop: dropId })).map((row) => {
    const type = str(row, 'type') as RelationType;
    const source = str(row, 'source') === dropId ? keepId : str(row, 'source');
    const target = str(row, 'target') === dropId ? keepId : str(row, 'target');
    const id = relationId(source, type, target);
    touched.push(refOf(id, type, source, target));
    return { id: str(row, 'id'), source, target, relationId: id };
  });
  await tx.run(SET_ENDS, { rows });
  await tx.run(REPOINT, { drop: dropId, keep: keepId });

  for (const row of await tx.run(ALIASES_OF, { id: dropId })) {
    const lang = strOrNull(row, 'lang') as Language | null;
    await addAliasIn(tx, keepId, str(row, 'alias'), lang);
  }
  await tx.run(DELETE_ALIASES, { id: dropId });
  if (drop.name !== keep.name) await addAliasIn(tx, keepId, drop.name, null);
  await tx.run(RECORD_MERGE, { drop: dropId, keep: keepId });
  // Takes the dropped actor's typed relationships with it; the new ones are refreshed below.
  await tx.run(DELETE_ACTOR, { id: dropId });
  await refreshRelations(tx, touched);
}

export function createCorrections(gateway: Gateway) {
  return {
    deleteArticle: (id: string): Promise<boolean> =>
      gateway.write(async (tx) => {
        const touched = (await tx.run(RELATIONS_OF_ARTICLE, { id })).map(toRef);
        await tx.run(DELETE_MENTIONS, { id });
        const [row] = await tx.run(DELETE_ARTICLE, { id });
        await refreshRelations(tx, touched);
        return row?.['deleted'] === 1;
      }),

    replaceMentions: (articleId: string, graph: ArticleGraph): Promise<boolean> =>
      gateway.write(async (tx) => {
        const [row] = await tx.run(ARTICLE, { id: articleId });
        if (!row) return false;
        // Validates before any write; a bad graph rolls the transaction back.
        const plan = planIngest(toArticle(map(row, 'article')), graph);
        const before = (await tx.run(RELATIONS_OF_ARTICLE, { id: articleId })).map(toRef);
        await tx.run(DELETE_MENTIONS, { id: articleId });
        const after = await writeMentions(tx, [plan]);
        await refreshRelations(tx, [...before, ...after]);
        return true;
      }),

    mergeActors: async (keepId: string, dropId: string): Promise<void> => {
      checkMerge(keepId, dropId);
      await gateway.write((tx) => merge(tx, keepId, dropId));
    },

    addAlias: async (actorId: string, alias: string, lang?: Language | null): Promise<boolean> => {
      const name = checkAlias(alias, lang);
      return gateway.write(async (tx) => {
        const target = (await mergedInto(tx, actorId)) ?? actorId;
        if ((await tx.run(ACTORS, { ids: [target] })).length === 0) {
          throw new NotFoundError(`unknown actor ${actorId}`);
        }
        return addAliasIn(tx, target, name, lang ?? null);
      });
    },

    corrections: (): Promise<Corrections> =>
      gateway.read(async (tx) => {
        const merges = (await tx.run(ALL_MERGES)).map((row): ActorMerge => ({
          from: str(row, 'from'),
          to: str(row, 'to'),
        }));
        const aliases = (await tx.run(ALL_ALIASES)).map((row) =>
          toAlias({
            actorId: str(row, 'actorId'),
            alias: str(row, 'alias'),
            lang: strOrNull(row, 'lang'),
          }),
        );
        return sortCorrections(merges, aliases);
      }),
  };
}
