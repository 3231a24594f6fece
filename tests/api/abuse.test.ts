// Hostile requests against the live HTTP server: each gets a 4xx or a coded error within a
// second, and afterwards the server is healthy and the data unchanged.

import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/src/cli/serve';

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } | unknown[] | null;
  ms: number;
}

const SNAPSHOT =
  '{ stats { actors articles mentions relations } graph { edges { id evidenceCount } } }';
const INJECTIONS = [
  `' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  '\u0000',
  `\\"; DROP TABLE articles; --`,
];

describe('abusive requests', () => {
  let server: RunningServer;
  let dataDir: string;
  let before: Answer;
  const url = () => `http://127.0.0.1:${server.port}/graphql`;

  const post = async (body: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const started = Date.now();
    const response = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: Answer['body'] = null;
    try {
      parsed = JSON.parse(text) as Answer['body'];
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed, ms: Date.now() - started };
  };
  const refused = (answer: Answer) => {
    expect(answer.ms).toBeLessThan(1000);
    const codes = Array.isArray(answer.body)
      ? []
      : (answer.body?.errors ?? []).map((e) => e.extensions?.code);
    expect(
      (answer.status >= 400 && answer.status < 500) || (codes.length > 0 && codes.every(Boolean)),
    ).toBe(true);
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'entente-abuse-'));
    server = await startServer({ port: 0, dataDir, env: {}, apiToken: 'abuse-test-token' });
    before = await post({ query: SNAPSHOT });
  });
  afterAll(async () => {
    const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(health.status).toBe(200);
    expect((await post({ query: SNAPSHOT })).body).toEqual(before.body);
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a query 30 levels deep', async () => {
    let selection = 'id';
    for (let i = 0; i < 15; i++) selection = `relations { source { ${selection} } }`;
    refused(await post({ query: `{ actor(id: "RUS") { ${selection} } }` }));
  });

  it('refuses 1,000 aliases', async () => {
    const fields = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ');
    refused(await post({ query: `{ ${fields} }` }));
  });

  it('refuses a query of too many tokens', async () => {
    const fields = Array.from({ length: 3000 }, () => 'id').join(' ');
    refused(await post({ query: `{ graph { nodes { ${fields} } } }` }));
  });

  it('refuses a query too costly to run', async () => {
    refused(
      await post({
        query:
          '{ actors(first: 200) { nodes { relations { evidenceConnection(first: 200) { nodes { article { mentions { sentence } } } } } } } }',
      }),
    );
  });

  it('answers a 7 MB body with 413 before reading it all', async () => {
    const big = JSON.stringify({
      query: '{ __typename }',
      variables: { pad: 'x'.repeat(7 * 1024 * 1024) },
    });
    const answer = await post(big);
    expect(answer.status).toBe(413);
    expect(answer.ms).toBeLessThan(1000);
  });

  it('answers a 7 MB body sent without a length (chunked) with 413', async () => {
    const started = Date.now();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        url(),
        { method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(256 * 1024, 'x');
      let sent = 0;
      const pump = () => {
        while (sent < 7 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    }).catch(() => 413);
    expect(status).toBe(413);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses 50 batched operations', async () => {
    const batch = Array.from({ length: 50 }, () => ({ query: '{ __typename }' }));
    refused(await post(batch));
  });

  it('refuses a mutation without the token', async () => {
    const answer = await post({ query: 'mutation { reextract { articles } }' });
    refused(answer);
    expect(
      (answer.body as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('UNAUTHENTICATED');
    const wrong = await post(
      { query: 'mutation { deleteArticle(id: "x") }' },
      { authorization: 'Bearer guess' },
    );
    refused(wrong);
  });

  it('refuses a GET without a CSRF header, but not one with it', async () => {
    const query = encodeURIComponent('{ __typename }');
    const plain = await fetch(`${url()}?query=${query}`);
    expect(plain.status).toBe(403);
    const withHeader = await fetch(`${url()}?query=${query}`, {
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    expect(withHeader.status).toBe(200);
    const form = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${query}`,
    });
    expect(form.status).toBe(403);
  });

  it.each(INJECTIONS)('treats %j as plain data in every string argument', async (evil) => {
    const queries: [string, Record<string, unknown>][] = [
      ['query($s: ID!) { actor(id: $s) { id } }', {}],
      ['query($s: ID!) { article(id: $s) { id } }', {}],
      ['query($s: ID!) { relation(id: $s) { id } }', {}],
      ['query($s: ID!) { neighborhood(actorId: $s) { nodes { id } } }', {}],
      ['query($s: ID!) { paths(from: "PRK", to: $s) { length } }', {}],
      ['query($s: String!) { search(text: $s) { actors { id } articles { id } } }', {}],
      ['query($s: String) { actors(search: $s) { totalCount } }', {}],
      ['query($s: String) { actors(after: $s) { totalCount } }', {}],
      ['query($s: String) { articles(search: $s) { id } }', {}],
      ['query($s: String) { articlesConnection(search: $s, after: $s) { totalCount } }', {}],
      ['query($s: String) { articles(from: $s) { id } }', {}],
      [
        'query($s: ID!, $p: String!) { graph(filter: { actors: [$s], claimants: [$s], publishers: [$p] }) { edges { id } } }',
        { p: evil },
      ],
      [
        'query($p: String!) { timeline(filter: { publishers: [$p], to: $p }) { start } }',
        { p: evil },
      ],
      [
        'query($s: String) { evidence(after: $s) { totalCount } relations(after: $s) { totalCount } }',
        {},
      ],
      [
        'query($s: ID!) { relation(id: "RUS:SUPPLIES:PRK") { evidenceConnection(after: $s) { totalCount } } }',
        {},
      ],
    ];
    for (const [query, extra] of queries) {
      const answer = await post({ query, variables: { s: evil, ...extra } });
      expect(answer.ms).toBeLessThan(1000);
      expect(answer.status).toBeLessThan(500);
      const errors = Array.isArray(answer.body) ? [] : (answer.body?.errors ?? []);
      for (const error of errors) expect(error.extensions?.code).toBeDefined();
    }
    const token = { authorization: 'Bearer abuse-test-token' };
    for (const [query, variables] of [
      ['mutation($s: ID!) { deleteArticle(id: $s) }', { s: evil }],
      ['mutation($s: ID!) { mergeActors(keepId: $s, dropId: "CAN") { id } }', { s: evil }],
      ['mutation($s: ID!) { addAlias(actorId: $s, alias: $s) { added } }', { s: evil }],
    ] as const) {
      const answer = await post({ query, variables }, token);
      expect(answer.status).toBeLessThan(500);
      const errors = Array.isArray(answer.body) ? [] : (answer.body?.errors ?? []);
      for (const error of errors) expect(error.extensions?.code).toBeDefined();
    }
  });
});
