// The GraphStore contract, written once and run against every store (see DESIGN.md, "Two
// stores, one contract"). Each test gets a fresh, empty, initialised store from `makeStore`;
// the behaviours live in ./specs, one file per area of the interface.

import { afterEach, beforeEach, describe } from 'vitest';
import type { GraphStore } from '../../server/src/store/store';
import { articlesSpecs } from './specs/articles';
import { correctionSpecs } from './specs/corrections';
import { detailSpecs } from './specs/details';
import { evidenceSpecs } from './specs/evidence';
import { filterSpecs } from './specs/filters';
import { graphSpecs } from './specs/graph';
import { ingestSpecs } from './specs/ingest';
import { lifecycleSpecs } from './specs/lifecycle';
import { maintenanceSpecs } from './specs/maintenance';
import { pageSpecs } from './specs/pages';
import { statsSpecs } from './specs/stats';
import { summarySpecs } from './specs/summaries';
import { traversalSpecs } from './specs/traversal';

export interface StoreHandle {
  store: GraphStore;
  cleanup: () => Promise<void>;
  /** A second store over the same data that never reads relation summaries, when possible. */
  mentionLevel?: GraphStore;
}

export interface DescribeStoreOptions {
  /** A reason to skip every test, known only once the suite runs (e.g. no Neo4j server). */
  skipReason?: () => string | undefined;
  /**
   * Whether the store can be opened a second time over the same data without its relation
   * summaries (an in-memory SQLite cannot); without that the summary specs are not registered.
   */
  hasMentionLevel?: boolean;
}

export function describeStore(
  name: string,
  makeStore: () => Promise<StoreHandle>,
  options: DescribeStoreOptions = {},
): void {
  describe(`GraphStore contract: ${name}`, () => {
    let handle: StoreHandle | undefined;

    beforeEach(async (context) => {
      const reason = options.skipReason?.();
      if (reason) context.skip(reason);
      handle = await makeStore();
    });

    afterEach(async () => {
      await handle?.cleanup();
      handle = undefined;
    });

    /** The store of the running test; the specs' own hooks run after the one above. */
    const current = (): GraphStore => {
      if (!handle) throw new Error('no store: describeStore’s beforeEach did not run');
      return handle.store;
    };

    lifecycleSpecs(current);
    ingestSpecs(current);
    graphSpecs(current);
    evidenceSpecs(current);
    articlesSpecs(current);
    detailSpecs(current);
    filterSpecs(current);
    traversalSpecs(current);
    pageSpecs(current);
    statsSpecs(current);
    maintenanceSpecs(current);
    correctionSpecs(current);
    if (options.hasMentionLevel ?? true) summarySpecs(current, () => handle?.mentionLevel);
  });
}
