// Shared by the fault and load tests: an `entente serve` child on a port of our choosing, GraphQL
// over real HTTP on loopback, and the check that a stored article holds exactly the mentions
// extract() gives for it (none partial, none doubled).

import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { ENTENTE } from '../support/cli';
import type { GeneratedArticle } from '../support/generate';

export const INGEST = `mutation($input: ArticleInput!) {
  ingestArticle(input: $input) { created article { id } }
}`;

/** A generated article as the mutation's ArticleInput (without the file stem). */
export function articleInput(article: GeneratedArticle): Omit<GeneratedArticle, 'name'> {
  const { text, title, url, source, author, publishedAt, lang } = article;
  return { text, title, url, source, author, publishedAt, lang };
}

export interface ServeChild {
  child: ChildProcessByStdio<null, Readable, Readable>;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `entente serve --no-seed` on 127.0.0.1:`port` and resolves once it says it is ready. */
export async function startServe(port: number, env: NodeJS.ProcessEnv): Promise<ServeChild> {
  const child = spawn(
    process.execPath,
    [ENTENTE, 'serve', '--no-seed', '--port', String(port), '--host', '127.0.0.1'],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 60_000);
    const onData = (chunk: string) => {
      output += chunk;
      if (output.includes('Entente is ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs a GraphQL request; rejects only when the connection fails. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Answer<T>, 'status'>;
  return { status: response.status, ...body };
}

export { freePort, sleep } from '../support/processes';
export { expectedMentions, partialArticles, storedMentions } from '../support/mentions';
