import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../server/src/config';
import { ConfigError } from '../../server/src/domain';

describe('settings', () => {
  it('defaults to port 4000 on loopback with the embedded store in ./data', () => {
    const settings = loadSettings({});
    expect(settings).toMatchObject({ port: 4000, host: '127.0.0.1', neo4jUser: 'neo4j' });
    expect(settings.neo4jUri).toBeUndefined();
    expect(settings.dataDir.endsWith('/data')).toBe(true);
  });

  it('reads PORT, HOST, DATA_DIR, NEO4J_* and API_TOKEN from the environment', () => {
    const settings = loadSettings({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/tmp/entente-x',
      NEO4J_URI: 'neo4j+s://example.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'pw',
      API_TOKEN: 'tok',
    });
    expect(settings).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/tmp/entente-x',
      neo4jUri: 'neo4j+s://example.databases.neo4j.io',
      neo4jUser: 'reader',
      neo4jPassword: 'pw',
      apiToken: 'tok',
    });
  });

  it('lets flags override the environment', () => {
    expect(loadSettings({ PORT: '8080' }, { port: 9090 }).port).toBe(9090);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
  ])('refuses %o naming the setting', (env, name) => {
    expect(() => loadSettings(env)).toThrow(ConfigError);
    expect(() => loadSettings(env)).toThrow(name);
  });
});

describe('GraphQL settings', () => {
  it('keep introspection and GraphiQL on by default with a 10 s query timeout', () => {
    expect(loadSettings({})).toMatchObject({
      introspection: true,
      graphiql: true,
      queryTimeoutMs: 10_000,
    });
  });

  it('turn introspection and GraphiQL off from the environment', () => {
    const settings = loadSettings({
      ENTENTE_INTROSPECTION: 'false',
      ENTENTE_GRAPHIQL: '0',
      ENTENTE_QUERY_TIMEOUT_MS: '2500',
    });
    expect(settings).toMatchObject({ introspection: false, graphiql: false, queryTimeoutMs: 2500 });
  });

  it('refuse a switch that is neither on nor off, naming it', () => {
    expect(() => loadSettings({ ENTENTE_GRAPHIQL: 'maybe' })).toThrow('ENTENTE_GRAPHIQL');
  });
});
