// Who may change the graph and who may call from a browser: every mutation needs the token when
// one is set, the server binds to loopback by default, CORS is off unless origins are allowed,
// and markup in articles comes back as plain strings.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../server/src/config';
import { ConfigError } from '../../server/src/domain';
import { startServer } from '../../server/src/cli/serve';
import { createTestApi, type TestApi } from '../support/api';

const TOKEN = 'access-test-token-0123';
const STATS = '{ stats { actors articles mentions relations } }';

const MUTATIONS: [string, string][] = [
  [
    'ingestArticle',
    'mutation { ingestArticle(input: { text: "Russland bedroht Polen." }) { created } }',
  ],
  ['deleteArticle', 'mutation { deleteArticle(id: "x") }'],
  ['mergeActors', 'mutation { mergeActors(keepId: "RUS", dropId: "PRK") { id } }'],
  ['addAlias', 'mutation { addAlias(actorId: "RUS", alias: "Das Zarenreich") { __typename } }'],
  ['reextract', 'mutation { reextract { articles mentions } }'],
];

describe('mutations with API_TOKEN set', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ settings: { apiToken: TOKEN } });
  });
  afterAll(() => api.cleanup());

  for (const [name, mutation] of MUTATIONS) {
    it(`refuses ${name} without the token, with a wrong one, and as a Basic credential`, async () => {
      const before = await api.query(STATS);
      for (const headers of [
        {} as Record<string, string>,
        { authorization: 'Bearer wrong-token' },
        { authorization: `Bearer ${TOKEN}x` },
        { authorization: TOKEN },
        { authorization: `Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}` },
      ]) {
        const response = await api.query(mutation, {}, headers);
        expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      }
      expect(await api.query(STATS)).toEqual(before);
    });
  }

  it('runs every mutation with the token', async () => {
    for (const [, mutation] of MUTATIONS) {
      const response = await api.query(mutation, {}, { authorization: `Bearer ${TOKEN}` });
      for (const error of response.errors ?? []) {
        expect(error.extensions?.code).not.toBe('UNAUTHENTICATED');
      }
    }
  });

  it('lets reads through without the token', async () => {
    const response = await api.query(STATS);
    expect(response.errors).toBeUndefined();
  });
});

describe('where the server listens and who may call it', () => {
  it('binds to 127.0.0.1 unless HOST says otherwise', async () => {
    expect(loadSettings({}).host).toBe('127.0.0.1');
    const dataDir = await mkdtemp(join(tmpdir(), 'entente-bind-'));
    const server = await startServer({ port: 0, env: {}, dataDir, seed: false });
    try {
      expect(server.settings.host).toBe('127.0.0.1');
      expect(server.url).toBe(`http://localhost:${server.port}`);
      const answer = await fetch(`http://127.0.0.1:${server.port}/healthz`);
      expect(answer.status).toBe(200);
    } finally {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses every mutation on a server bound beyond loopback without a token', async () => {
    const api = await createTestApi({ settings: { host: '0.0.0.0' } });
    try {
      for (const [, mutation] of MUTATIONS) {
        const response = await api.query(mutation);
        expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      }
    } finally {
      await api.cleanup();
    }
  });

  const preflight = (api: TestApi, origin: string, method = 'OPTIONS') =>
    api.yoga.fetch('http://entente.test/graphql', {
      method,
      headers: {
        origin,
        'content-type': 'application/json',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
      ...(method === 'POST' ? { body: JSON.stringify({ query: '{ __typename }' }) } : {}),
    });

  it('sends no CORS headers to a foreign origin by default', async () => {
    const api = await createTestApi({ seed: false });
    try {
      for (const method of ['OPTIONS', 'POST']) {
        const response = await preflight(api, 'https://evil.example', method);
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      }
    } finally {
      await api.cleanup();
    }
  });

  it('allows exactly the origins of CORS_ORIGINS, without credentials', async () => {
    const settings = loadSettings({
      CORS_ORIGINS: 'https://lab.example.org, http://localhost:5173/',
    });
    expect(settings.corsOrigins).toEqual(['https://lab.example.org', 'http://localhost:5173']);
    const api = await createTestApi({
      seed: false,
      settings: { corsOrigins: settings.corsOrigins },
    });
    try {
      const allowed = await preflight(api, 'https://lab.example.org');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://lab.example.org');
      expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
      for (const method of ['OPTIONS', 'POST']) {
        const foreign = await preflight(api, 'https://evil.example', method);
        expect(foreign.headers.get('access-control-allow-origin') ?? 'none').not.toBe(
          'https://evil.example',
        );
      }
    } finally {
      await api.cleanup();
    }
  });

  it('refuses a CORS_ORIGINS entry that is not an origin, naming the variable', () => {
    for (const value of [
      '*',
      'evil.example',
      'https://lab.example.org/path',
      'javascript:alert(1)',
    ]) {
      expect(() => loadSettings({ CORS_ORIGINS: value })).toThrow(ConfigError);
      expect(() => loadSettings({ CORS_ORIGINS: value })).toThrow(/CORS_ORIGINS/);
    }
  });
});

describe('markup in articles', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: false, settings: { apiToken: TOKEN } });
  });
  afterAll(() => api.cleanup());

  it('comes back as the plain strings that were sent, in JSON, never as HTML', async () => {
    const title = '<script>alert("title")</script>';
    const source = '<img src=x onerror=alert(1)>';
    const text =
      'Russland liefert <img src=x onerror="alert(1)"> Nordkorea Raketen.\n\n' +
      'Die USA bedrohen <script>document.cookie</script> China.';
    const response = await api.yoga.fetch('http://entente.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        query: `mutation($input: ArticleInput!) { ingestArticle(input: $input) {
          article { title source text mentions { sentence trigger } } } }`,
        variables: { input: { text, title, source } },
      }),
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    const body = (await response.json()) as {
      data: {
        ingestArticle: {
          article: {
            title: string;
            source: string;
            text: string;
            mentions: { sentence: string }[];
          };
        };
      };
    };
    const { article } = body.data.ingestArticle;
    expect(article.title).toBe(title);
    expect(article.source).toBe(source);
    expect(article.text).toBe(text);
    const sentences = article.mentions.map((m) => m.sentence);
    expect(sentences).toContain(
      'Russland liefert <img src=x onerror="alert(1)"> Nordkorea Raketen.',
    );
    expect(sentences.some((s) => s.includes('<script>document.cookie</script>'))).toBe(true);
  });
});
