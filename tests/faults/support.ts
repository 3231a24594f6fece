// Shared by the fault and load tests: an `entente serve` child on a port of our choosing, GraphQL
// over real HTTP on loopback, the Neo4j Java process to kill, and the check that a stored article
// holds exactly the mentions extract() gives for it (none partial, none doubled).

import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Article } from '../../server/src/domain';
import { extract } from '../../server/src/extract';
import type { GraphStore } from '../../server/src/store/store';
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

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

export function onPath(command: string): boolean {
  return (process.env['PATH'] ?? '').split(delimiter).some((dir) => {
    try {
      return dir !== '' && readdirSync(dir).includes(command);
    } catch {
      return false;
    }
  });
}

/** The Java process serving the Neo4j home `neo4jHome` (its command line names it). */
export function javaPid(neo4jHome: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(join('/proc', entry, 'cmdline'), 'utf8').split('\0');
      if (args[0]?.endsWith('java') && args.includes(neo4jHome)) return Number(entry);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return undefined;
}

const ALL_MODALITIES = ['ASSERTED', 'HEDGED', 'NEGATED', 'QUESTION'] as const;

interface MentionKey {
  source: string;
  type: string;
  target: string;
  modality: string;
  start: number;
  end: number;
}
const signature = (m: MentionKey) =>
  `${m.source}|${m.type}|${m.target}|${m.modality}|${m.start}|${m.end}`;

/** What the ingest mutation extracts for an article: detected language, its date. */
export function expectedMentions(article: Article): string[] {
  return extract(article.text, { date: article.publishedAt }).mentions.map(signature).sort();
}

/** Stored mention signatures by article id, read through the store's own API. */
export async function storedMentions(store: GraphStore): Promise<Map<string, string[]>> {
  const graph = await store.graph({ modalities: ALL_MODALITIES });
  const evidence = graph.edges.length ? await store.evidence(graph.edges.map((e) => e.id)) : [];
  const byArticle = new Map<string, string[]>();
  for (const item of evidence) {
    const list = byArticle.get(item.articleId) ?? [];
    list.push(signature(item));
    byArticle.set(item.articleId, list);
  }
  for (const list of byArticle.values()) list.sort();
  return byArticle;
}

/** Stored articles whose mentions are not exactly what extract() gives: partial or doubled. */
export function partialArticles(
  articles: readonly Article[],
  stored: Map<string, string[]>,
): string[] {
  return articles
    .filter((a) => JSON.stringify(stored.get(a.id) ?? []) !== JSON.stringify(expectedMentions(a)))
    .map((a) => a.id);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
