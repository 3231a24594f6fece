// Turns (article, graph) into the exact records both stores write, after checking the graph is
// self-consistent — so a bad graph fails the same way in SQLite and Neo4j, before any write.

import {
  InputError,
  MODALITIES,
  RELATION_TYPES,
  relationId,
  type Actor,
  type Article,
  type ArticleGraph,
  type Evidence,
  type RelationType,
} from '../domain';
import { mentionId, relationEnds } from './aggregate';

/** An aggregated relation an ingest adds evidence to, with its ends in id order. */
export interface TouchedRelation {
  id: string;
  source: string;
  type: RelationType;
  target: string;
}

export interface IngestPlan {
  article: Article;
  /** One per id; a later duplicate in `graph.actors` wins. */
  actors: Actor[];
  mentions: Evidence[];
  relations: TouchedRelation[];
}

const modalities = new Set<string>(MODALITIES);
const types = new Set<string>(RELATION_TYPES);

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new InputError(message);
}

export function planIngest(article: Article, graph: ArticleGraph): IngestPlan {
  check(article.id.length > 0, 'article id must not be empty');
  const actors = new Map<string, Actor>();
  for (const actor of graph.actors) {
    check(actor.id.length > 0, 'actor id must not be empty');
    actors.set(actor.id, actor);
  }
  const relations = new Map<string, TouchedRelation>();
  const mentions = graph.mentions.map((mention, index): Evidence => {
    const where = `mention ${index} of article ${article.id}`;
    for (const ref of [mention.source, mention.target, mention.claimant]) {
      check(ref === null || actors.has(ref), `${where} names actor ${ref} missing from the graph`);
    }
    check(types.has(mention.type), `${where} has unknown relation type ${mention.type}`);
    check(modalities.has(mention.modality), `${where} has unknown modality ${mention.modality}`);
    check(
      Number.isInteger(mention.start) && Number.isInteger(mention.end),
      `${where} has non-integer offsets`,
    );
    check(0 <= mention.start && mention.start <= mention.end, `${where} has invalid offsets`);
    check(Number.isFinite(mention.confidence), `${where} has a non-finite confidence`);
    const id = relationId(mention.source, mention.type, mention.target);
    if (!relations.has(id)) {
      const ends = relationEnds(mention.source, mention.type, mention.target);
      relations.set(id, { id, type: mention.type, ...ends });
    }
    // Fields picked one by one so extra runtime properties never reach either store.
    return {
      id: mentionId(article.id, index),
      relationId: id,
      articleId: article.id,
      source: mention.source,
      type: mention.type,
      target: mention.target,
      claimant: mention.claimant ?? null,
      claimantName: mention.claimantName ?? null,
      modality: mention.modality,
      sentence: mention.sentence,
      start: mention.start,
      end: mention.end,
      trigger: mention.trigger,
      confidence: mention.confidence,
    };
  });
  return { article, actors: [...actors.values()], mentions, relations: [...relations.values()] };
}

/** The actor ids a plan refers to: its actors and every mention's ends and claimant. */
export function referencedIds(plan: IngestPlan): string[] {
  const ids = new Set(plan.actors.map((actor) => actor.id));
  for (const m of plan.mentions) {
    ids.add(m.source);
    ids.add(m.target);
    if (m.claimant !== null) ids.add(m.claimant);
  }
  return [...ids];
}

/**
 * The plan with user merges applied: mentions of a merged-away actor are stored under the actor
 * it was merged into (which exists in the store), and merged-away actors are not written again.
 */
export function applyMerges(plan: IngestPlan, merges: ReadonlyMap<string, string>): IngestPlan {
  if (merges.size === 0) return plan;
  const to = (id: string): string => merges.get(id) ?? id;
  const relations = new Map<string, TouchedRelation>();
  const mentions = plan.mentions.map((mention): Evidence => {
    const source = to(mention.source);
    const target = to(mention.target);
    const id = relationId(source, mention.type, target);
    if (!relations.has(id)) {
      relations.set(id, { id, type: mention.type, ...relationEnds(source, mention.type, target) });
    }
    const claimant = mention.claimant === null ? null : to(mention.claimant);
    return { ...mention, source, target, claimant, relationId: id };
  });
  return {
    article: plan.article,
    actors: plan.actors.filter((actor) => !merges.has(actor.id)),
    mentions,
    relations: [...relations.values()],
  };
}
