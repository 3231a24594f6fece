// The GraphQL-over-HTTP conformance audits of the graphql-http package, against the live server.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/src/cli/serve';

// A script is not a browser: it sends the header that tells the CSRF guard so (GET requests
// without it are refused, see abuse.test.ts).
const scriptFetch: typeof fetch = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('x-graphql-yoga-csrf', '1');
  return fetch(input, { ...init, headers });
};

describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  let server: RunningServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'entente-audit-'));
    server = await startServer({ port: 0, dataDir, env: {}, seed: false });
  });
  afterAll(async () => {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const audits = serverAudits({
    url: () => `http://127.0.0.1:${server.port}/graphql`,
    fetchFn: scriptFetch,
  });

  it.each(audits.map((audit) => [`${audit.id} ${audit.name}`, audit] as const))(
    'passes %s',
    async (_, audit) => {
      const result = await audit.fn();
      if (result.status !== 'ok') {
        const response = 'response' in result ? result.response : undefined;
        const body = response ? await response.text() : '';
        expect.fail(`${result.status}: ${result.reason} ${body}`);
      }
    },
  );
});
