// The whole HTTP surface as one Node request listener: /healthz, /graphql, and the client bundle.

import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { EntenteYoga } from '../graphql/yoga';
import type { GraphStore } from '../store/store';
import { healthResponse } from './health';

export interface AppOptions {
  yoga: EntenteYoga;
  store: GraphStore;
  /** The built client; when null, `/` explains how to build it. */
  clientDir: string | null;
}

export type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export function createApp({ yoga, store, clientDir }: AppOptions): Listener {
  const statics = clientDir ? sirv(clientDir, { single: true, etag: true, gzip: false }) : null;
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz') {
      void sendHealth(store, res);
      return;
    }
    if (path === yoga.graphqlEndpoint || path.startsWith(`${yoga.graphqlEndpoint}/`)) {
      void yoga(req, res);
      return;
    }
    if (statics) {
      statics(req, res, () => notFound(res));
      return;
    }
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The client is not built: run `npm run build` (GraphQL is at /graphql).\n');
  };
}

async function sendHealth(store: GraphStore, res: ServerResponse): Promise<void> {
  const response = await healthResponse(store);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(await response.text());
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('not found\n');
}
