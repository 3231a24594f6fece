// Builds Entente's GraphQL app in process over a fresh store, for API tests (yoga.fetch).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedIfEmpty } from '../../seed/loader';
import { loadSettings, type SettingsInput } from '../../server/src/config';
import {
  createEntenteYoga,
  type EntenteYoga,
  type GraphqlOptions,
} from '../../server/src/graphql/yoga';
import { openStore } from '../../server/src/store/open-store';
import type { GraphStore } from '../../server/src/store/store';

export interface TestApi {
  yoga: EntenteYoga;
  store: GraphStore;
  /** The store's directory (another connection may open it). */
  dataDir: string;
  query: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => Promise<GraphQLResponse<T>>;
  cleanup: () => Promise<void>;
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function createTestApi(
  options: {
    seed?: boolean;
    settings?: Partial<SettingsInput>;
    graphql?: Partial<GraphqlOptions>;
    /** Wraps the store the API sees (e.g. to count or slow down calls). */
    wrapStore?: (store: GraphStore) => GraphStore;
  } = {},
): Promise<TestApi> {
  const dataDir = await mkdtemp(join(tmpdir(), 'entente-api-'));
  const settings = loadSettings({}, { dataDir, ...options.settings });
  const store = await openStore(settings);
  if (options.seed ?? true) await seedIfEmpty(store);
  const yoga = createEntenteYoga({
    store: options.wrapStore ? options.wrapStore(store) : store,
    settings,
    graphql: options.graphql,
  });
  return {
    yoga,
    store,
    dataDir,
    query: async (query, variables, headers = {}) => {
      const response = await yoga.fetch('http://entente.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    cleanup: async () => {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
