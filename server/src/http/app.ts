// The whole HTTP surface as one Node request listener: /healthz, /graphql, and the client bundle.

import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { EntenteYoga } from '../graphql/yoga';
import type { GraphStore } from '../store/store';
import { DEFAULT_MAX_BODY_BYTES, readLimitedBody } from './body-limit';
import { healthResponse } from './health';

export interface AppOptions {
  yoga: EntenteYoga;
  store: GraphStore;
  /** The built client; when null, `/` explains how to build it. */
  clientDir: string | null;
  /** Larger request bodies get 413 before GraphQL reads them; default 6 MB. */
  maxBodyBytes?: number;
}

export type Listener = (req: IncomingMessage, res: ServerResponse) => void;

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createApp({
  yoga,
  store,
  clientDir,
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
}: AppOptions): Listener {
  const statics = clientDir ? sirv(clientDir, { single: true, etag: true, gzip: false }) : null;
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz') {
      void sendHealth(store, res);
      return;
    }
    if (path === yoga.graphqlEndpoint || path.startsWith(`${yoga.graphqlEndpoint}/`)) {
      void sendGraphql(yoga, req, res, maxBodyBytes);
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

async function sendGraphql(
  yoga: EntenteYoga,
  req: IncomingMessage,
  res: ServerResponse,
  maxBodyBytes: number,
): Promise<void> {
  if (!WITHOUT_BODY.has(req.method ?? 'GET')) {
    let body: Buffer | null;
    try {
      body = await readLimitedBody(req, res, maxBodyBytes);
    } catch {
      if (!res.headersSent) res.writeHead(400).end();
      return;
    }
    if (body === null) return;
    // yoga's Node adapter takes a body already read from `req.body`.
    (req as IncomingMessage & { body?: Buffer }).body = body;
  }
  await yoga(req, res);
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
