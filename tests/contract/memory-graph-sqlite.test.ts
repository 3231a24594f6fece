// The in-memory traversal layer over SQLite: same answers as the store, fresh after writes.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../server/src/store/sqlite';
import { memoryGraphSpecs } from './memory-graph-specs';

memoryGraphSpecs(
  'sqlite',
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'entente-memory-graph-'));
    const store = createSqliteStore({ dataDir: dir });
    await store.init();
    return {
      store,
      cleanup: async () => {
        await store.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  },
  { articles: 150, actors: 40 },
);
