import { describe, expect, it } from 'vitest';
import type { DetailedGraph, GraphFilter } from '../../../server/src/domain';
import { BaseGraphs } from '../../../server/src/store/memory-graph/base-graphs';

/** A graph builder whose builds the test finishes by hand, counting how many were started. */
function manualBuilds() {
  const pending: {
    filter: GraphFilter;
    finish: (graph: DetailedGraph) => void;
    fail: () => void;
  }[] = [];
  const build = (filter: GraphFilter) =>
    new Promise<DetailedGraph>((resolve, reject) => {
      pending.push({ filter, finish: resolve, fail: () => reject(new Error('build failed')) });
    });
  const graph = (relationId: string): DetailedGraph => ({
    nodes: [],
    edges: [
      {
        id: relationId,
        source: 'RUS',
        type: 'SUPPLIES',
        target: 'PRK',
        evidenceCount: 1,
        articleCount: 1,
        publisherCount: 1,
        firstSeen: null,
        lastSeen: null,
        modalityCounts: { ASSERTED: 1, HEDGED: 0, NEGATED: 0, QUESTION: 0 },
        contested: false,
      },
    ],
  });
  return { build, pending, graph };
}

const relationIds = (bases: BaseGraphs, version: string, key: string) =>
  bases
    .lookup(version, key, {})
    ?.touching(['RUS'], () => true)
    .map((relation) => relation.id) ?? null;

describe('base graphs held in memory', () => {
  it('answers a key at a version only once its build has finished', async () => {
    const manual = manualBuilds();
    const bases = new BaseGraphs(manual.build);
    expect(relationIds(bases, 'v1', 'default')).toBeNull();
    expect(manual.pending).toHaveLength(1);
    manual.pending[0]!.finish(manual.graph('RUS:SUPPLIES:PRK'));
    await bases.settled();
    expect(relationIds(bases, 'v1', 'default')).toEqual(['RUS:SUPPLIES:PRK']);
  });

  it('starts one build for lookups of the same key that arrive while it runs', async () => {
    const manual = manualBuilds();
    const bases = new BaseGraphs(manual.build);
    for (let i = 0; i < 5; i++) expect(relationIds(bases, 'v1', 'default')).toBeNull();
    expect(manual.pending).toHaveLength(1);
    relationIds(bases, 'v1', 'all');
    expect(manual.pending).toHaveLength(2);
  });

  it('never answers a newer version with a build that started at an older one', async () => {
    const manual = manualBuilds();
    const bases = new BaseGraphs(manual.build, { rebuildGap: 0 });
    relationIds(bases, 'v1', 'default');
    // A write lands (the version moves to v2) while the v1 build runs.
    expect(relationIds(bases, 'v2', 'default')).toBeNull();
    manual.pending[0]!.finish(manual.graph('OLD'));
    await bases.settled();
    expect(relationIds(bases, 'v2', 'default')).toBeNull();
    expect(manual.pending).toHaveLength(2);
    manual.pending[1]!.finish(manual.graph('NEW'));
    await bases.settled();
    expect(relationIds(bases, 'v2', 'default')).toEqual(['NEW']);
  });

  it('builds again after a failed build', async () => {
    const manual = manualBuilds();
    const bases = new BaseGraphs(manual.build, { rebuildGap: 0 });
    relationIds(bases, 'v1', 'default');
    manual.pending[0]!.fail();
    await bases.settled();
    expect(relationIds(bases, 'v1', 'default')).toBeNull();
    expect(manual.pending).toHaveLength(2);
  });

  it('waits after a build before rebuilding the same key for a newer version', async () => {
    const manual = manualBuilds();
    const bases = new BaseGraphs(manual.build, { rebuildGap: 1_000_000 });
    relationIds(bases, 'v1', 'default');
    await new Promise((resolve) => setTimeout(resolve, 5));
    manual.pending[0]!.finish(manual.graph('RUS:SUPPLIES:PRK'));
    await bases.settled();
    expect(relationIds(bases, 'v2', 'default')).toBeNull();
    expect(manual.pending).toHaveLength(1);
    // The graph it holds still answers at its own version.
    expect(relationIds(bases, 'v1', 'default')).toEqual(['RUS:SUPPLIES:PRK']);
  });

  it('keeps at most its capacity of base graphs, dropping the least recently used', async () => {
    const manual = manualBuilds();
    const bases = new BaseGraphs(manual.build, { capacity: 2 });
    for (const key of ['a', 'b']) relationIds(bases, 'v1', key);
    manual.pending.forEach((build, i) => build.finish(manual.graph(`R${i}`)));
    await bases.settled();
    relationIds(bases, 'v1', 'a'); // a is now the most recently used
    relationIds(bases, 'v1', 'c');
    expect(manual.pending).toHaveLength(3);
    expect(relationIds(bases, 'v1', 'a')).toEqual(['R0']);
    expect(relationIds(bases, 'v1', 'b')).toBeNull();
  });

  it('forgets every base graph when cleared', async () => {
    const manual = manualBuilds();
    const bases = new BaseGraphs(manual.build);
    relationIds(bases, 'v1', 'default');
    manual.pending[0]!.finish(manual.graph('RUS:SUPPLIES:PRK'));
    await bases.settled();
    bases.clear();
    expect(relationIds(bases, 'v1', 'default')).toBeNull();
  });
});
