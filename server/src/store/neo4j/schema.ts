// Constraints and indexes of the Neo4j model, and backfills of properties older versions did not
// write; every statement is idempotent (IF NOT EXISTS, or touches only what is missing).

import { toMs } from '../dates';
import type { RelationType } from '../../domain';
import type { Gateway } from './gateway';
import { refreshRelations } from './refresh';
import { str } from './rows';

const STATEMENTS = [
  'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (m:Mention) REQUIRE m.id IS UNIQUE',
  'CREATE CONSTRAINT actor_merge_from IF NOT EXISTS FOR (x:ActorMerge) REQUIRE x.from IS UNIQUE',
  'CREATE CONSTRAINT actor_alias_key IF NOT EXISTS FOR (x:ActorAlias) REQUIRE x.key IS UNIQUE',
  'CREATE INDEX mention_relation_id IF NOT EXISTS FOR (m:Mention) ON (m.relationId)',
  'CREATE INDEX mention_type IF NOT EXISTS FOR (m:Mention) ON (m.type)',
  'CREATE INDEX mention_modality IF NOT EXISTS FOR (m:Mention) ON (m.modality)',
  'CREATE INDEX mention_source IF NOT EXISTS FOR (m:Mention) ON (m.source)',
  'CREATE INDEX mention_target IF NOT EXISTS FOR (m:Mention) ON (m.target)',
  'CREATE INDEX mention_claimant IF NOT EXISTS FOR (m:Mention) ON (m.claimant)',
  'CREATE INDEX article_published_ms IF NOT EXISTS FOR (a:Article) ON (a.publishedMs)',
  // Article.source is the publisher.
  'CREATE INDEX article_publisher IF NOT EXISTS FOR (a:Article) ON (a.source)',
  'CREATE INDEX actor_alias_actor IF NOT EXISTS FOR (x:ActorAlias) ON (x.actorId)',
];

// Articles and mentions written before publishedMs and the mention index existed.
const UNDATED_MS = `
MATCH (a:Article) WHERE a.publishedAt IS NOT NULL AND a.publishedMs IS NULL
RETURN a.id AS id, a.publishedAt AS publishedAt`;
const SET_MS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.publishedMs = toInteger(row.ms)`;
const MENTION_INDEX = `
MATCH (m:Mention) WHERE m.index IS NULL
SET m.index = toInteger(last(split(m.id, ':')))`;

// Typed relationships written before they held the relation summary or its publisher list
// (ends are canonical).
const WITHOUT_SUMMARY = `
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.mentionCount IS NOT NULL AND (r.lo IS NULL OR r.publishers IS NULL)
RETURN r.id AS id, r.type AS type, s.id AS source, t.id AS target`;

/** The name each statement creates (`CREATE CONSTRAINT name …` / `CREATE INDEX name …`). */
const nameOf = (statement: string): string => statement.split(' ')[2] ?? statement;

/**
 * Schema statements cannot share a transaction with each other's data, so one each; those
 * whose index or constraint exists are skipped, which makes init on a ready database cheap.
 */
export async function createSchema(gateway: Gateway): Promise<void> {
  const existing = new Set(
    (await gateway.read((tx) => tx.run('SHOW INDEXES YIELD name RETURN name'))).map((row) =>
      String(row['name']),
    ),
  );
  for (const statement of STATEMENTS) {
    if (existing.has(nameOf(statement))) continue;
    await gateway.write((tx) => tx.run(statement));
  }
  // New indexes are populated in the background; wait so the first queries can use them.
  await gateway.read((tx) => tx.run('CALL db.awaitIndexes(60)'));
  await gateway.write(async (tx) => {
    const rows = (await tx.run(UNDATED_MS))
      .map((row) => ({ id: str(row, 'id'), ms: toMs(str(row, 'publishedAt')) }))
      .filter((row) => row.ms !== null);
    if (rows.length > 0) await tx.run(SET_MS, { rows });
    await tx.run(MENTION_INDEX);
    const stale = (await tx.run(WITHOUT_SUMMARY)).map((row) => ({
      id: str(row, 'id'),
      type: str(row, 'type') as RelationType,
      source: str(row, 'source'),
      target: str(row, 'target'),
    }));
    await refreshRelations(tx, stale);
  });
}
