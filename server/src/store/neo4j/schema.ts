// Constraints and indexes of the Neo4j model; every statement is idempotent (IF NOT EXISTS).

import type { Gateway } from './gateway';

const STATEMENTS = [
  'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (m:Mention) REQUIRE m.id IS UNIQUE',
  'CREATE INDEX mention_relation_id IF NOT EXISTS FOR (m:Mention) ON (m.relationId)',
  'CREATE INDEX mention_type IF NOT EXISTS FOR (m:Mention) ON (m.type)',
  'CREATE INDEX mention_modality IF NOT EXISTS FOR (m:Mention) ON (m.modality)',
  'CREATE INDEX mention_source IF NOT EXISTS FOR (m:Mention) ON (m.source)',
  'CREATE INDEX mention_target IF NOT EXISTS FOR (m:Mention) ON (m.target)',
];

/** Schema statements cannot share a transaction with each other's data, so one each. */
export async function createSchema(gateway: Gateway): Promise<void> {
  for (const statement of STATEMENTS) {
    await gateway.write((tx) => tx.run(statement));
  }
  // New indexes are populated in the background; wait so the first queries can use them.
  await gateway.read((tx) => tx.run('CALL db.awaitIndexes(60)'));
}
