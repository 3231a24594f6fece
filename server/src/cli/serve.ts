// `entente serve`: opens the store, loads the seed into an empty one, and listens.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../domain';
import { loadSettings, type Settings, type SettingsInput } from '../config';
import { createEntenteYoga } from '../graphql/yoga';
import { createApp } from '../http/app';
import { openStore } from '../store/open-store';
import type { GraphStore } from '../store/store';
import { seedIfEmpty } from '../../../seed/loader';
import { buildClientIfStale, CLIENT_DIST, clientIsBuilt } from './client-build';

export interface RunningServer {
  url: string;
  port: number;
  settings: Settings;
  store: GraphStore;
  close: () => Promise<void>;
}

export interface StartOptions extends Partial<SettingsInput> {
  /** Build the client bundle first when it is missing. */
  buildClient?: boolean;
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const { buildClient = false, log = () => {}, env = process.env, ...overrides } = options;
  const settings = loadSettings(env, overrides);
  if (buildClient) await buildClientIfStale(log);
  const store = await openStore(settings, { log });
  try {
    if (settings.seed) {
      const seeded = await seedIfEmpty(store);
      if (seeded.loaded) log(`empty store: loaded ${seeded.created} seed article(s)`);
    }
    const yoga = createEntenteYoga({
      store,
      settings,
      graphql: {
        introspection: settings.introspection,
        graphiql: settings.graphiql,
        queryTimeoutMs: settings.queryTimeoutMs,
        responseCacheBytes: Math.round(settings.responseCacheMb * 1024 * 1024),
      },
    });
    const app = createApp({ yoga, store, clientDir: clientIsBuilt() ? CLIENT_DIST : null });
    const servers = [await listen(createServer(app), settings.port, settings.host)];
    const port = (servers[0]?.address() as AddressInfo).port;
    if (settings.host === '127.0.0.1') {
      // Browsers may resolve localhost to ::1 first; answer there too when IPv6 is available.
      const v6 = await listen(createServer(app), port, '::1').catch(() => null);
      if (v6) servers.push(v6);
    }
    const shownHost = settings.host === '127.0.0.1' ? 'localhost' : settings.host;
    return {
      url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`,
      port,
      settings,
      store,
      close: async () => {
        await Promise.all(servers.map(closeServer));
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

function listen(server: Server, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) => {
      const where = `${host}:${port}`;
      if (error.code === 'EADDRINUSE') {
        reject(new ConfigError(`${where} is already in use: set PORT to a free port`));
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'EACCES') {
        reject(new ConfigError(`cannot listen on ${where} (${error.code}): check HOST and PORT`));
      } else reject(error);
    };
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve(server);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
