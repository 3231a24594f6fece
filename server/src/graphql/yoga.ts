// Builds the GraphQL app (graphql-yoga) with its protections; cli/serve.ts makes it listen.

import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import {
  NoSchemaIntrospectionCustomRule,
  type GraphQLError,
  type ValidationContext,
} from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Settings } from '../config';
import type { GraphStore } from '../store/store';
import { createChangeBus } from './changes/pubsub';
import { createContext, type EntenteContext } from './context';
import { maskError } from './errors';
import { DEFAULT_QUERY, EXAMPLE_TABS } from './examples';
import { useInputErrorCodes } from './input-errors';
import { createResponseCache } from './response-cache';
import { buildSchema } from './schema';
import { useQueryTimeout } from './timeout';

/** What the GraphQL endpoint allows; every field has a default (DEFAULT_GRAPHQL_OPTIONS). */
export interface GraphqlOptions {
  /** Schema introspection (GraphiQL and codegen need it). */
  introspection: boolean;
  /** GraphiQL at GET /graphql for browsers. */
  graphiql: boolean;
  /** Queries running longer get a QUERY_TIMEOUT error. */
  queryTimeoutMs: number;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  /** graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, × `first` of lists. */
  maxCost: number;
  /** Memory for answers to repeated queries while the data is unchanged; 0 turns it off. */
  responseCacheBytes: number;
}

export const DEFAULT_GRAPHQL_OPTIONS: GraphqlOptions = {
  introspection: true,
  graphiql: true,
  queryTimeoutMs: 10_000,
  maxDepth: 10,
  maxAliases: 30,
  maxTokens: 5000,
  maxCost: 20_000,
  responseCacheBytes: 64 * 1024 * 1024,
};

/** Requests carrying one of these headers are not simple requests a foreign page could forge. */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'x-entente-csrf'];

/** Armor reports a rejected document as a validation error (coded later) instead of throwing. */
const reportRejection = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error),
  ],
};

export interface YogaOptions {
  store: GraphStore;
  settings: Pick<Settings, 'apiToken' | 'host'> & Partial<Pick<Settings, 'corsOrigins'>>;
  graphql?: Partial<GraphqlOptions>;
}

export type EntenteYoga = YogaServerInstance<object, EntenteContext>;

/**
 * CORS is off unless origins are allowed: yoga's default would answer any Origin. Mutations
 * authenticate with a bearer token, never cookies, so credentials stay off too.
 */
function corsOptions(origins: readonly string[]): YogaCors {
  if (origins.length === 0) return false;
  return {
    origin: [...origins],
    credentials: false,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', ...CSRF_HEADERS],
  };
}

type YogaCors = NonNullable<Parameters<typeof createYoga>[0]['cors']>;

export function createEntenteYoga(options: YogaOptions): EntenteYoga {
  const limits = { ...DEFAULT_GRAPHQL_OPTIONS, ...options.graphql };
  const changes = createChangeBus();
  const plugins: Plugin[] = [
    // Browsers may send GET and form posts cross-site without a preflight; those need a header.
    useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
    EnvelopArmorPlugin({
      maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, ...reportRejection },
      // __typename counts too: a thousand of them is as much an attack as anything else.
      maxAliases: { n: limits.maxAliases, allowList: [], ...reportRejection },
      // Counted while parsing, where there is no validation context: this one must throw.
      maxTokens: { n: limits.maxTokens },
      costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, ...reportRejection },
      maxDirectives: { n: 50, ...reportRejection },
      // Suggestions reveal the schema; keep them only while introspection shows it anyway.
      blockFieldSuggestion: { enabled: !limits.introspection },
    }),
    useInputErrorCodes(),
    useQueryTimeout(limits.queryTimeoutMs),
    // Last: a cached answer is only served to a request the plugins above have let through.
    createResponseCache(options.store, { maxBytes: limits.responseCacheBytes }).plugin,
  ];
  if (!limits.introspection) {
    plugins.push({
      onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule),
    });
  }
  return createYoga<object, EntenteContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    context: ({ request }) =>
      createContext({ store: options.store, settings: options.settings, changes }, request),
    maskedErrors: { maskError },
    graphiql: limits.graphiql
      ? { title: 'Entente GraphiQL', defaultQuery: DEFAULT_QUERY, defaultTabs: EXAMPLE_TABS }
      : false,
    // GraphiQL served from the package itself, not a CDN: it works offline and on closed networks.
    renderGraphiQL,
    cors: corsOptions(options.settings.corsOrigins ?? []),
    landingPage: false,
    logging: false,
    batching: false,
    plugins,
  });
}
