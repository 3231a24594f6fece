import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/src/cli/serve';

describe('the HTTP server', () => {
  let server: RunningServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'entente-server-'));
    server = await startServer({ port: 0, dataDir, env: {} });
  });
  afterAll(async () => {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reports itself healthy on the sqlite store at /healthz', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', store: 'sqlite' });
  });

  it('reports 503 at /healthz once the store is gone', async () => {
    const other = await startServer({
      port: 0,
      dataDir: await mkdtemp(join(tmpdir(), 'entente-server-')),
      seed: false,
      env: {},
    });
    try {
      await other.store.close();
      const response = await fetch(`http://127.0.0.1:${other.port}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ store: 'sqlite' });
    } finally {
      await other.close();
      await rm(other.settings.dataDir, { recursive: true, force: true });
    }
  });

  it('loads the seed articles into an empty store on the first start', async () => {
    expect(await server.store.countArticles()).toBeGreaterThan(0);
  });

  it('answers GraphQL over HTTP at /graphql', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ graph { nodes { id } } }' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { graph: { nodes: unknown[] } } };
    expect(body.data.graph.nodes.length).toBeGreaterThanOrEqual(5);
  });

  it('opens GraphiQL for a browser at /graphql', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    // Served from the package, so it works without internet access.
    expect(html).not.toMatch(/unpkg\.com|cdn\.jsdelivr/);
  });

  it('refuses a port that is taken with a coded error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'entente-server-'));
    try {
      await expect(
        startServer({ port: server.port, dataDir: dir, seed: false, env: {} }),
      ).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('listens on loopback only by default', () => {
    expect(server.settings.host).toBe('127.0.0.1');
  });
});
