// One typed, validated settings object, read from the environment (and CLI flags on top).

import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from './domain';

const portSchema = z.coerce.number().int().min(0).max(65535);

const booleanSetting = z.union([
  z.boolean(),
  z
    .enum(['true', 'false', '1', '0', 'on', 'off', 'yes', 'no'])
    .transform((value) => ['true', '1', 'on', 'yes'].includes(value)),
]);

const settingsSchema = z.object({
  /** TCP port of the HTTP server. */
  port: portSchema.default(4000),
  /** Interface to bind; loopback unless said otherwise. */
  host: z.string().min(1).default('127.0.0.1'),
  /** Where the embedded store (and a local Neo4j's data) live. */
  dataDir: z.string().min(1).default('./data'),
  /** When set, Neo4j is the store; otherwise the embedded SQLite store. */
  neo4jUri: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must start with bolt:// or neo4j:// (+s, +ssc)')
    .optional(),
  neo4jUser: z.string().default('neo4j'),
  neo4jPassword: z.string().optional(),
  /** Bearer token that mutations require, when set. */
  apiToken: z.string().min(1).optional(),
  /** A lexicon file (JSON) merged over the built-in one: extra actors, aliases, triggers, cues. */
  lexicon: z.string().min(1).optional(),
  /** Schema introspection on /graphql (GraphiQL and code generators need it). */
  introspection: booleanSetting.default(true),
  /** GraphiQL for browsers at GET /graphql. */
  graphiql: booleanSetting.default(true),
  /** Queries running longer are answered with QUERY_TIMEOUT. */
  queryTimeoutMs: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Memory (MB) for answers to repeated queries while the data is unchanged; 0 turns it off. */
  responseCacheMb: z.coerce.number().min(0).max(4096).default(64),
  /**
   * Browser origins (e.g. `https://lab.example.org`) whose pages may call the API cross-site;
   * from CORS_ORIGINS, a comma list. Empty (the default): CORS is off, no foreign page may read.
   */
  corsOrigins: z
    .union([z.array(z.string()), z.string()])
    .transform((value) =>
      (Array.isArray(value) ? value : value.split(','))
        .map((origin) => origin.trim().replace(/\/+$/, ''))
        .filter((origin) => origin !== ''),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(/^https?:\/\/[^/\s,]+$/, 'must be origins such as https://lab.example.org'),
      ),
    )
    .default([]),
  /** Ingest seed/articles into an empty store on start. */
  seed: z.boolean().default(true),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

/** Builds settings from environment variables, with `overrides` (e.g. CLI flags) on top. */
export function loadSettings(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<SettingsInput> = {},
): Settings {
  // Raw strings: the schema below parses and checks them.
  const fromEnv: Record<string, string | undefined> = {
    port: emptyToUndefined(env.PORT),
    host: emptyToUndefined(env.HOST),
    dataDir: emptyToUndefined(env.DATA_DIR),
    neo4jUri: emptyToUndefined(env.NEO4J_URI),
    neo4jUser: emptyToUndefined(env.NEO4J_USER),
    neo4jPassword: env.NEO4J_PASSWORD,
    apiToken: emptyToUndefined(env.API_TOKEN),
    lexicon: emptyToUndefined(env.ENTENTE_LEXICON),
    introspection: emptyToUndefined(env.ENTENTE_INTROSPECTION)?.toLowerCase(),
    graphiql: emptyToUndefined(env.ENTENTE_GRAPHIQL)?.toLowerCase(),
    queryTimeoutMs: emptyToUndefined(env.ENTENTE_QUERY_TIMEOUT_MS),
    responseCacheMb: emptyToUndefined(env.ENTENTE_RESPONSE_CACHE_MB),
    corsOrigins: emptyToUndefined(env.CORS_ORIGINS),
  };
  const merged = { ...stripUndefined(fromEnv), ...stripUndefined(overrides) };
  const result = settingsSchema.safeParse(merged);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${settingName(issue.path.join('.'))}: ${issue.message}`)
      .join('; ');
    throw new ConfigError(`invalid settings: ${problems}`);
  }
  return { ...result.data, dataDir: resolve(result.data.dataDir) };
}

const ENV_NAMES: Record<string, string> = {
  port: 'PORT',
  host: 'HOST',
  dataDir: 'DATA_DIR',
  neo4jUri: 'NEO4J_URI',
  neo4jUser: 'NEO4J_USER',
  neo4jPassword: 'NEO4J_PASSWORD',
  apiToken: 'API_TOKEN',
  lexicon: 'ENTENTE_LEXICON',
  introspection: 'ENTENTE_INTROSPECTION',
  graphiql: 'ENTENTE_GRAPHIQL',
  queryTimeoutMs: 'ENTENTE_QUERY_TIMEOUT_MS',
  responseCacheMb: 'ENTENTE_RESPONSE_CACHE_MB',
  corsOrigins: 'CORS_ORIGINS',
};

function settingName(key: string): string {
  // A list setting reports the entry's index too (corsOrigins.0): name the variable.
  return ENV_NAMES[key.split('.')[0] ?? key] ?? key;
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
