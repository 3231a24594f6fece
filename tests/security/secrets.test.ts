// No secret in logs: servers started with API_TOKEN and NEO4J_PASSWORD answer good and bad
// requests, fail to reach their Neo4j, or stop on a bad setting; neither secret is ever printed.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, graphql, startServe } from '../faults/support';
import { cliEnv, runCli } from '../support/cli';

const API_TOKEN = 'tok-SECRET-4f9a1c';
const NEO4J_PASSWORD = 'pw-SECRET-8b2e7d';
const dir = mkdtempSync(join(tmpdir(), 'entente-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const expectNoSecret = (output: string) => {
  expect(output).not.toContain(API_TOKEN);
  expect(output).not.toContain(NEO4J_PASSWORD);
};

describe('secrets in logs', () => {
  it('prints neither API_TOKEN nor NEO4J_PASSWORD while serving good and bad requests', async () => {
    const env = cliEnv(join(dir, 'data'), { API_TOKEN, NEO4J_PASSWORD, HOST: '127.0.0.1' });
    const server = await startServe(await freePort(), env);
    try {
      const ingest =
        'mutation { ingestArticle(input: { text: "Russland bedroht Polen." }) { created } }';
      await graphql(server.url, ingest, {}, { authorization: `Bearer ${API_TOKEN}` });
      await graphql(server.url, ingest, {}, { authorization: `Bearer ${API_TOKEN}-wrong` });
      await graphql(server.url, ingest, {}, { authorization: `Bearer ${NEO4J_PASSWORD}` });
      await graphql(server.url, '{ nope }');
      await graphql(server.url, '{ article(id: "x") { id } }');
      await fetch(`${server.url}/graphql`, { method: 'POST', body: '{"query": ' });
      await fetch(`${server.url}/graphql?query={stats{articles}}`);
      await fetch(`${server.url}/healthz`);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    expect(server.output()).toContain('Entente is ready');
    expectNoSecret(server.output());
  });

  it('prints no secret when Neo4j cannot be reached or a setting is invalid', async () => {
    const closedPort = await freePort();
    const [unreachable, invalid] = await Promise.all([
      runCli(
        ['ingest', join(import.meta.dirname, '..', '..', 'seed', 'articles')],
        cliEnv(join(dir, 'neo4j-data'), {
          API_TOKEN,
          NEO4J_PASSWORD,
          NEO4J_URI: `bolt://127.0.0.1:${closedPort}`,
        }),
      ),
      runCli(
        ['serve'],
        cliEnv(join(dir, 'bad'), { API_TOKEN, NEO4J_PASSWORD, PORT: 'not-a-port' }),
      ),
    ]);
    expect(unreachable.code).not.toBe(0);
    expect(invalid.code).not.toBe(0);
    expect(invalid.stderr).toMatch(/PORT/);
    expectNoSecret(unreachable.stdout + unreachable.stderr);
    expectNoSecret(invalid.stdout + invalid.stderr);
  }, 90_000);
});
