// Loads the sample articles in seed/articles into an empty store, so a first start shows a graph.

import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../server/src/ingest/files';
import type { GraphStore } from '../server/src/store/store';

export const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), 'articles');

export interface SeedReport {
  /** false when the store already held articles and nothing was loaded. */
  loaded: boolean;
  created: number;
}

export async function seedIfEmpty(store: GraphStore, dir: string = SEED_DIR): Promise<SeedReport> {
  if ((await store.countArticles()) > 0) return { loaded: false, created: 0 };
  const files = (await readdir(dir)).filter((name) => /\.(md|txt)$/i.test(name)).sort();
  let created = 0;
  for (const name of files) {
    const outcome = await ingestFile(store, join(dir, name));
    if (outcome.created) created += 1;
  }
  return { loaded: true, created };
}
