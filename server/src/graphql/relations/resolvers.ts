// Resolvers of relations and their evidence.

import { CAMEO, NotFoundError, type Evidence, type Modality, type Relation } from '../../domain';
import type { EntenteContext } from '../context';
import { evidenceKey } from '../loaders';

/** A relation as the API hands it on: with the modalities its evidence was counted under. */
export interface RelationNode extends Relation {
  modalities: readonly Modality[];
}

export const relationResolvers = {
  Relation: {
    source: (relation: RelationNode, _: unknown, ctx: EntenteContext) =>
      requireActor(ctx, relation.source),
    target: (relation: RelationNode, _: unknown, ctx: EntenteContext) =>
      requireActor(ctx, relation.target),
    cameo: (relation: RelationNode) => CAMEO[relation.type],
    evidence: (relation: RelationNode, _: unknown, { loaders }: EntenteContext) =>
      loaders.evidence.load(evidenceKey(relation.id, relation.modalities)),
  },
  Evidence: {
    claimant: (evidence: Evidence, _: unknown, { loaders }: EntenteContext) =>
      evidence.claimant === null ? null : loaders.actor.load(evidence.claimant),
    article: async (evidence: Evidence, _: unknown, { loaders }: EntenteContext) => {
      const article = await loaders.article.load(evidence.articleId);
      if (!article) throw new NotFoundError(`article ${evidence.articleId} not found`);
      return article;
    },
  },
};

async function requireActor(ctx: EntenteContext, id: string) {
  const actor = await ctx.loaders.actor.load(id);
  if (!actor) throw new NotFoundError(`actor ${id} not found`);
  return actor;
}
