// Chooses and opens the store the settings name: Neo4j when NEO4J_URI is set, SQLite otherwise.

import type { Settings } from '../config';
import { StoreUnavailableError } from '../domain';
import { createNeo4jStore } from './neo4j';
import { createSqliteStore } from './sqlite';
import type { GraphStore } from './store';

export function createStore(settings: Settings): GraphStore {
  if (settings.neo4jUri) {
    return createNeo4jStore({
      uri: settings.neo4jUri,
      user: settings.neo4jUser,
      password: settings.neo4jPassword ?? '',
    });
  }
  return createSqliteStore({ dataDir: settings.dataDir });
}

const ignore = (): void => {};

/** Opens the store and prepares its schema, waiting a while for a database that is starting. */
export async function openStore(
  settings: Settings,
  { waitMs = 30_000, log = ignore }: { waitMs?: number; log?: (message: string) => void } = {},
): Promise<GraphStore> {
  const store = createStore(settings);
  const deadline = Date.now() + waitMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await store.init();
      return store;
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || Date.now() > deadline) {
        await store.close();
        throw error;
      }
      if (attempt === 1) log(`waiting for the ${store.kind} store: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}
