// Shared by the durability tests: an ingest child whose acknowledgements (--json lines) are
// watched as they come, and the check that stored mentions are exactly what extract() gives.

import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Article } from '../../server/src/domain';
import { extract } from '../../server/src/extract';
import type { ArticleResult } from '../../server/src/ingest/bulk';
import type { GraphStore } from '../../server/src/store/store';
import { ENTENTE } from '../support/cli';

export interface IngestChild {
  child: ChildProcessByStdio<null, Readable, Readable>;
  results: ArticleResult[];
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `entente ingest --json ARGS…`; `onResult` sees each line as it is printed. */
export function spawnIngest(
  args: string[],
  env: NodeJS.ProcessEnv,
  onResult: (result: ArticleResult, all: ArticleResult[]) => void = () => {},
): IngestChild {
  const child = spawn(process.execPath, [ENTENTE, 'ingest', '--json', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const results: ArticleResult[] = [];
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  lines.on('line', (line) => {
    const result = JSON.parse(line) as ArticleResult;
    results.push(result);
    onResult(result, results);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    // Wait for stdout to end too, so every printed line has been read.
    let closed = 0;
    let status = { code: null as number | null, signal: null as NodeJS.Signals | null };
    const done = () => {
      closed += 1;
      if (closed === 2) resolve(status);
    };
    child.once('exit', (code, signal) => {
      status = { code, signal };
      done();
    });
    lines.once('close', done);
  });
  return { child, results, stderr: () => stderr, exited };
}

const ALL_MODALITIES = ['ASSERTED', 'HEDGED', 'NEGATED', 'QUESTION'] as const;

const signature = (m: {
  source: string;
  type: string;
  target: string;
  modality: string;
  start: number;
  end: number;
}) => `${m.source}|${m.type}|${m.target}|${m.modality}|${m.start}|${m.end}`;

/** Every stored mention's signature, grouped by article id, through the store's read API. */
export async function storedMentions(store: GraphStore): Promise<Map<string, string[]>> {
  const graph = await store.graph({ modalities: ALL_MODALITIES });
  const evidence =
    graph.edges.length > 0 ? await store.evidence(graph.edges.map((edge) => edge.id)) : [];
  const byArticle = new Map<string, string[]>();
  for (const item of evidence) {
    const list = byArticle.get(item.articleId) ?? [];
    list.push(signature(item));
    byArticle.set(item.articleId, list);
  }
  for (const list of byArticle.values()) list.sort();
  return byArticle;
}

/** What extract() gives for a stored article, as ingest ran it (language and date). */
export function expectedMentions(article: Article): string[] {
  return extract(article.text, { lang: article.lang, date: article.publishedAt })
    .mentions.map(signature)
    .sort();
}

/** Articles whose stored mentions differ from what extract() gives: half-written or doubled. */
export function mismatches(articles: readonly Article[], stored: Map<string, string[]>): string[] {
  return articles
    .filter(
      (article) =>
        JSON.stringify(stored.get(article.id) ?? []) !== JSON.stringify(expectedMentions(article)),
    )
    .map((article) => article.id);
}
