// The base graphs held in memory, one per key, each valid for the store's data version it was
// built at. A lookup never waits for a build: a miss starts one (at most one per key at a time)
// and the caller asks the store meanwhile. (SQLite reads are synchronous, so there the build
// runs before the miss's own query; with Neo4j it runs beside the queries.)

import type { DetailedGraph, GraphFilter } from '../../domain';
import { RelationIndex } from './relation-index';

export interface BaseGraphOptions {
  /** Base graphs kept at most (least recently used go first); default 4. */
  capacity?: number | undefined;
  /**
   * After a build, another for the same key waits this many times as long as that build took,
   * so a store written to all the time spends at most a bounded share on rebuilding; default 3.
   */
  rebuildGap?: number | undefined;
}

interface Entry {
  /** The data version read before the build started: the build may only answer at it. */
  version: string;
  index: RelationIndex | null;
  building: Promise<void> | null;
  builtAt: number;
  buildMs: number;
}

export class BaseGraphs {
  private readonly entries = new Map<string, Entry>();
  private readonly capacity: number;
  private readonly rebuildGap: number;

  constructor(
    private readonly build: (filter: GraphFilter) => Promise<DetailedGraph>,
    options: BaseGraphOptions = {},
  ) {
    this.capacity = Math.max(1, options.capacity ?? 4);
    this.rebuildGap = Math.max(0, options.rebuildGap ?? 3);
  }

  /**
   * The base graph `key` at `version` when it is in memory; otherwise null, having started its
   * build unless one is running for the key or the last finished too recently.
   */
  lookup(version: string, key: string, filter: GraphFilter): RelationIndex | null {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry); // most recently used last
      if (entry.version === version && entry.index) return entry.index;
      if (entry.building) return null;
      if (performance.now() - entry.builtAt < this.rebuildGap * entry.buildMs) return null;
    }
    this.start(version, key, filter);
    return null;
  }

  /** Resolves once no build is running (whether they succeeded or not). */
  async settled(): Promise<void> {
    for (;;) {
      const running = [...this.entries.values()].flatMap((entry) => entry.building ?? []);
      if (running.length === 0) return;
      await Promise.all(running);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  private start(version: string, key: string, filter: GraphFilter): void {
    const started = performance.now();
    const entry: Entry = { version, index: null, building: null, builtAt: started, buildMs: 0 };
    const finish = (index: RelationIndex | null): void => {
      entry.building = null;
      entry.builtAt = performance.now();
      entry.buildMs = entry.builtAt - started;
      entry.index = index;
    };
    // A failed build leaves no graph; the store answers, and reports the failure itself.
    entry.building = this.build(filter).then(
      (graph) => finish(new RelationIndex(graph)),
      () => finish(null),
    );
    this.entries.set(key, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
  }
}
