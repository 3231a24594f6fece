// Builds the GraphQL app (graphql-yoga); cli/serve.ts makes it listen.

import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Settings } from '../config';
import type { GraphStore } from '../store/store';
import { createContext, type EntenteContext } from './context';
import { maskError } from './errors';
import { useInputErrorCodes } from './input-errors';
import { DEFAULT_QUERY } from './examples';
import { buildSchema } from './schema';

export interface YogaOptions {
  store: GraphStore;
  settings: Pick<Settings, 'apiToken' | 'host'>;
}

export type EntenteYoga = YogaServerInstance<object, EntenteContext>;

export function createEntenteYoga(options: YogaOptions): EntenteYoga {
  return createYoga<object, EntenteContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    context: ({ request }) => createContext(options, request),
    maskedErrors: { maskError },
    graphiql: { title: 'Entente GraphiQL', defaultQuery: DEFAULT_QUERY },
    // GraphiQL served from the package itself, not a CDN: it works offline and on closed networks.
    renderGraphiQL,
    landingPage: false,
    logging: false,
    batching: false,
    plugins: [useInputErrorCodes()],
  });
}
