// The fast ingest path, for a batch whose articles are all new (the usual case of a bulk
// ingest): the articles' CREATE, the batch's merge lookup, the actors, the mentions and the
// relation summaries all go out at once, so the batch costs one round trip before its commit.
// It rests on two guesses, both checked inside the transaction: no article exists yet (CREATE
// fails on the uniqueness constraint otherwise, also when a concurrent ingest created it first),
// and the batch's actors are subject to the user merges last seen for this store. A failed guess
// rolls everything back and the caller takes the careful path (writes.ts).

import type { Article } from '../../domain';
import { toMs } from '../dates';
import { applyMerges, type IngestPlan } from '../ingest-plan';
import { storedArticle } from '../stored-article';
import type { Tx } from './gateway';
import { addToRelations } from './increment';
import { mergesOf, referencedBy, sendMentions } from './mentions';

const CREATE_ARTICLES = `
UNWIND $articles AS row
CREATE (a:Article)
SET a = row.article, a.publishedMs = toInteger(row.publishedMs)
RETURN count(a) AS created`;

/** The merges the fast path assumed are not those in the store: the batch was rolled back. */
export class MergesChanged extends Error {
  constructor() {
    super('user merges changed since they were last read');
  }
}

/** An article's node properties (absent fields as null, which Neo4j does not store). */
export const articleProperties = (article: Article) => ({
  article: storedArticle(article),
  publishedMs: toMs(article.publishedAt),
});

/** The entries of `merges` for these ids. */
export function mergesFor(
  merges: ReadonlyMap<string, string>,
  ids: readonly string[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of ids) {
    const to = merges.get(id);
    if (to !== undefined) out.set(id, to);
  }
  return out;
}

const sameMerges = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean =>
  a.size === b.size && [...a].every(([from, to]) => b.get(from) === to);

/**
 * Writes plans of distinct, new articles with the assumed merges applied. Throws MergesChanged
 * when the store's merges of the batch's actors differ from the assumed ones, and the driver's
 * constraint error when an article exists; either way the transaction must roll back.
 */
export async function writeNewArticles(
  tx: Tx,
  plans: readonly IngestPlan[],
  assumed: ReadonlyMap<string, string>,
): Promise<void> {
  const ids = referencedBy(plans);
  const merges = mergesFor(assumed, ids);
  const merged = plans.map((plan) => applyMerges(plan, merges));
  // Sent in this order before any answer; Neo4j runs them in order, so a failing CREATE stops
  // the rest.
  const [rows, found] = await Promise.all([
    tx.run(CREATE_ARTICLES, {
      articles: plans.map((plan) => articleProperties(plan.article)),
    }),
    mergesOf(tx, ids),
    sendMentions(tx, merged),
    addToRelations(tx, merged),
  ]);
  if (rows[0]?.['created'] !== plans.length) {
    throw new Error(`created ${String(rows[0]?.['created'])} of ${plans.length} articles`);
  }
  if (!sameMerges(found, merges)) throw new MergesChanged();
}
