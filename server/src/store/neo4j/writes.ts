// The Neo4j write path: one managed write transaction per batch of articles (one for `ingest`).
// A batch first takes the fast path (new-articles.ts), which assumes every article is new; when
// one exists, or the user merges changed, it takes the careful path here, whose first statement
// decides inside the transaction which articles are new. executeWrite may replay either after a
// transient error; a replay starts from a rolled-back state and decides again.

import type { Article, ArticleGraph } from '../../domain';
import { applyMerges, planIngest, type IngestPlan } from '../ingest-plan';
import type { IngestItem, IngestOutcome } from '../store';
import { isConstraintViolation, type Gateway, type Tx } from './gateway';
import { addToRelations } from './increment';
import { mergesOf, referencedBy, sendMentions } from './mentions';
import { storedArticle } from '../stored-article';
import { articleProperties, MergesChanged, writeNewArticles } from './new-articles';
import type { RelationRef } from './refresh';
import { map, toArticle } from './rows';

// MERGE on the uniquely constrained id locks it, so two concurrent ingests of one article
// serialise and the second sees created = false. The marker only lives inside this statement.
// The ids are distinct (a batch's repeats are settled before), so rows do not see each other.
const MERGE_ARTICLES = `
UNWIND $articles AS row
MERGE (a:Article {id: row.article.id})
ON CREATE SET a += row.article, a.publishedMs = toInteger(row.publishedMs), a._created = true
WITH a, a._created IS NOT NULL AS created
REMOVE a._created
RETURN a {.*} AS article, created`;

/** What a store's ingests remember between batches: the fast path's guesses. */
interface Memory {
  /** User merges (from → to) of the actor ids read so far. */
  merges: Map<string, string>;
  /** False after a batch found an article already stored: the next takes the careful path. */
  fast: boolean;
}

const memories = new WeakMap<Gateway, Memory>();

function memoryOf(gateway: Gateway): Memory {
  let memory = memories.get(gateway);
  if (!memory) {
    memory = { merges: new Map(), fast: true };
    memories.set(gateway, memory);
  }
  return memory;
}

/** Records the merges read for these ids (ids without one have none). */
function remember(memory: Memory, ids: readonly string[], found: ReadonlyMap<string, string>) {
  for (const id of ids) {
    const to = found.get(id);
    if (to === undefined) memory.merges.delete(id);
    else memory.merges.set(id, to);
  }
}

/**
 * Writes the plans' actors and mentions (their article nodes must exist), with user merges
 * applied, and returns the relations the mentions belong to, for refreshRelations.
 */
export async function writeMentions(
  tx: Tx,
  planned: readonly IngestPlan[],
): Promise<RelationRef[]> {
  if (planned.length === 0) return [];
  const merges = await mergesOf(tx, referencedBy(planned));
  const plans = planned.map((plan) => applyMerges(plan, merges));
  await sendMentions(tx, plans);
  return plans.flatMap((plan) => plan.relations);
}

/** The first plan of each article id, in batch order. */
function firstOfEach(plans: readonly IngestPlan[]): IngestPlan[] {
  const first = new Map<string, IngestPlan>();
  for (const plan of plans) if (!first.has(plan.article.id)) first.set(plan.article.id, plan);
  return [...first.values()];
}

/** One outcome per plan: a repeat of an id within the batch reports it unchanged. */
function outcomes(
  plans: readonly IngestPlan[],
  stored: ReadonlyMap<string, { article: Article; created: boolean }>,
): IngestOutcome[] {
  const reported = new Set<string>();
  return plans.map((plan): IngestOutcome => {
    const { id } = plan.article;
    const outcome = stored.get(id);
    if (!outcome) throw new Error(`the write of article ${id} reported nothing`);
    const isFirst = !reported.has(id);
    reported.add(id);
    return { article: outcome.article, created: outcome.created && isFirst };
  });
}

/**
 * The careful path: writes the plans in the caller's transaction, deciding with MERGE which
 * articles are new.
 */
async function writePlans(
  tx: Tx,
  plans: readonly IngestPlan[],
  memory: Memory,
): Promise<IngestOutcome[]> {
  const first = firstOfEach(plans);
  const ids = referencedBy(first);
  // The merge lookup does not depend on the articles' MERGE, so both go out together.
  const [rows, merges] = await Promise.all([
    tx.run(MERGE_ARTICLES, { articles: first.map((plan) => articleProperties(plan.article)) }),
    mergesOf(tx, ids),
  ]);
  remember(memory, ids, merges);
  const merged = new Map<string, { article: Article; created: boolean }>();
  for (const row of rows) {
    const article = toArticle(map(row, 'article'));
    merged.set(article.id, { article, created: row['created'] === true });
  }
  const created = first
    .filter((plan) => merged.get(plan.article.id)?.created)
    .map((plan) => applyMerges(plan, merges));
  // The new articles' mentions are added to the relation summaries, not recounted; the three
  // statements go out together and run in order.
  await Promise.all([sendMentions(tx, created), addToRelations(tx, created)]);
  return outcomes(plans, merged);
}

/** The fast path; null when one of its guesses failed and nothing was written. */
async function tryNewArticles(
  gateway: Gateway,
  plans: readonly IngestPlan[],
  memory: Memory,
): Promise<IngestOutcome[] | null> {
  const first = firstOfEach(plans);
  try {
    await gateway.write((tx) => writeNewArticles(tx, first, memory.merges));
  } catch (error) {
    if (error instanceof MergesChanged) return null;
    if (isConstraintViolation(error)) {
      memory.fast = false;
      return null;
    }
    throw error;
  }
  const stored = new Map(
    first.map((plan) => [plan.article.id, { article: storedArticle(plan.article), created: true }]),
  );
  return outcomes(plans, stored);
}

export async function ingestMany(
  gateway: Gateway,
  items: readonly IngestItem[],
): Promise<IngestOutcome[]> {
  // Planning validates every graph before the transaction opens.
  const plans = items.map(({ article, graph }) => planIngest(article, graph));
  if (plans.length === 0) return [];
  const memory = memoryOf(gateway);
  if (memory.fast) {
    const written = await tryNewArticles(gateway, plans, memory);
    if (written) return written;
  }
  const written = await gateway.write((tx) => writePlans(tx, plans, memory));
  // A batch of only new articles suggests the next one is new too.
  const created = new Set(written.filter((o) => o.created).map((o) => o.article.id));
  memory.fast = created.size === new Set(plans.map((plan) => plan.article.id)).size;
  return written;
}

export async function ingest(
  gateway: Gateway,
  article: Article,
  graph: ArticleGraph,
): Promise<IngestOutcome> {
  const [outcome] = await ingestMany(gateway, [{ article, graph }]);
  if (!outcome) throw new Error(`ingest of article ${article.id} reported nothing`);
  return outcome;
}
