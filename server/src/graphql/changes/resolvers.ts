// Resolvers of the graphChanged subscription.

import type { EntenteContext } from '../context';
import type { GraphChange } from './pubsub';

export const changeResolvers = {
  Subscription: {
    graphChanged: {
      subscribe: (_: unknown, __: unknown, { changes }: EntenteContext) =>
        changes.subscribe('graphChanged'),
      resolve: (change: GraphChange) => change,
    },
  },
};
