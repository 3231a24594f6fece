import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/src/store/store';
import { createTestApi } from '../support/api';

const slowGraph = (store: GraphStore): GraphStore =>
  new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'graphDetail') return Reflect.get(target, property, receiver) as unknown;
      return async (...args: Parameters<GraphStore['graphDetail']>) => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        return target.graphDetail(...args);
      };
    },
  });

describe('GraphQL settings', () => {
  it('cuts a query off at the time limit with QUERY_TIMEOUT', async () => {
    const api = await createTestApi({ graphql: { queryTimeoutMs: 50 }, wrapStore: slowGraph });
    try {
      const started = Date.now();
      const result = await api.query('{ graph { nodes { id } } }');
      expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(400);
      // The server answers the next query as usual.
      expect((await api.query('{ __typename }')).data).toEqual({ __typename: 'Query' });
    } finally {
      await api.cleanup();
    }
  });

  it('allows introspection and GraphiQL by default', async () => {
    const api = await createTestApi({ seed: false });
    try {
      const result = await api.query('{ __schema { queryType { name } } }');
      expect(result.errors).toBeUndefined();
      // The full query GraphiQL and code generators send passes the query limits.
      const full = await api.query(
        getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
      );
      expect(full.errors).toBeUndefined();
      const page = await api.yoga.fetch('http://entente.test/graphql', {
        headers: { accept: 'text/html' },
      });
      expect(await page.text()).toContain('GraphiQL');
    } finally {
      await api.cleanup();
    }
  });

  it('refuses introspection and serves no GraphiQL when both are turned off', async () => {
    const api = await createTestApi({
      seed: false,
      graphql: { introspection: false, graphiql: false },
    });
    try {
      const result = await api.query('{ __schema { queryType { name } } }');
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const page = await api.yoga.fetch('http://entente.test/graphql', {
        headers: { accept: 'text/html' },
      });
      expect(await page.text()).not.toContain('GraphiQL');
      expect((await api.query('{ stats { articles } }')).errors).toBeUndefined();
    } finally {
      await api.cleanup();
    }
  });

  it('opens GraphiQL with the example queries in tabs', async () => {
    const api = await createTestApi({ seed: false });
    try {
      const page = await api.yoga.fetch('http://entente.test/graphql', {
        headers: { accept: 'text/html' },
      });
      const html = await page.text();
      for (const name of ['SeedGraph', 'EvidenceRusPrk', 'PathsPrkUsa', 'Timeline']) {
        expect(html).toContain(name);
      }
    } finally {
      await api.cleanup();
    }
  });

  it('runs every GraphiQL example without errors on the seed', async () => {
    const { EXAMPLE_TABS } = await import('../../server/src/graphql/examples');
    const api = await createTestApi();
    try {
      for (const { query } of EXAMPLE_TABS) {
        const result = await api.query<Record<string, unknown>>(query);
        expect(result.errors, query.split('\n')[0]).toBeUndefined();
      }
      const paths = await api.query<{ paths: unknown[] }>(EXAMPLE_TABS[2]!.query);
      expect(paths.data?.paths.length).toBeGreaterThan(0);
    } finally {
      await api.cleanup();
    }
  });
});
