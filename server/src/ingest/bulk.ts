// Bulk ingest: reads items in order, validates and extracts ahead in the worker pool (a bounded
// window), and writes to the store strictly in input order, consecutive articles batched into
// one transaction (up to `batchSize` articles, or what is ready within `batchMs` of the batch's
// first). A result is reported only after its batch has committed: that report is the
// acknowledgement. A batch that fails for any reason but an unavailable store is written again
// one article per transaction, so a bad article fails alone. Only the writer talks to the store,
// one call at a time (ingest is idempotent, so stored articles need no separate check). When
// the store becomes unavailable the run stops rather than failing every remaining article after
// a long retry each.

import { InputError, StoreUnavailableError, type Article, type ArticleGraph } from '../domain';
import type { GraphStore, IngestOutcome } from '../store/store';
import type { ExtractPool } from './extract-pool';
import type { WorkItem } from './items';
import { articleId } from './normalise';
import { buildArticle, EXTRACTION_LANG } from './pipeline';
import { validateSubmission } from './validate';

export type ArticleStatus = 'created' | 'unchanged' | 'failed';

export interface ArticleResult {
  path: string;
  /** The article id; null when the input could not be read as an article. */
  id: string | null;
  status: ArticleStatus;
  reason?: string;
}

export interface BulkSummary {
  created: number;
  unchanged: number;
  failed: ArticleResult[];
  /** Why the run stopped early (the store became unavailable), or null when it went through. */
  stopped: string | null;
}

export interface BulkOptions {
  pool: ExtractPool;
  /** Called once per article, in input order, after its write committed (or it failed). */
  onResult: (result: ArticleResult) => void;
  /** Articles validated and extracted ahead of the writer; default 8 per worker, at least 16. */
  window?: number;
  /** Most articles written in one transaction; default 64. */
  batchSize?: number;
  /** How long a batch waits for more articles after its first; default 50 ms. */
  batchMs?: number;
  now?: () => Date;
}

interface Write {
  kind: 'write';
  path: string;
  article: Article;
  graph: ArticleGraph;
}

type Prepared = { kind: 'done'; result: ArticleResult } | Write;

const STOP = Symbol('stop');

/** True when `promise` settles within `ms`; never rejects (the caller awaits it afterwards). */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const settled = promise.then(
    () => true,
    () => true,
  );
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function bulkIngest(
  store: GraphStore,
  items: AsyncIterable<WorkItem>,
  {
    pool,
    onResult,
    window = Math.max(16, pool.size * 8),
    batchSize = 64,
    batchMs = 50,
    now = () => new Date(),
  }: BulkOptions,
): Promise<BulkSummary> {
  const summary: BulkSummary = { created: 0, unchanged: 0, failed: [], stopped: null };
  const report = (result: ArticleResult) => {
    if (result.status === 'created') summary.created += 1;
    else if (result.status === 'unchanged') summary.unchanged += 1;
    else summary.failed.push(result);
    onResult(result);
  };

  async function prepare(item: WorkItem): Promise<Prepared> {
    const failed = (id: string | null, reason: string): Prepared => ({
      kind: 'done',
      result: { path: item.path, id, status: 'failed', reason },
    });
    if ('reason' in item) return failed(null, item.reason);
    let valid;
    try {
      valid = validateSubmission(item.submission);
    } catch (error) {
      if (error instanceof InputError) return failed(null, error.message);
      throw error;
    }
    const id = articleId(valid.text);
    try {
      // A declared language names the article's; extraction still detects it per paragraph,
      // so an English quote in a German article is read as English (see EXTRACTION_LANG).
      const extraction = await pool.extract(valid.text, {
        lang: EXTRACTION_LANG,
        date: valid.meta.publishedAt,
      });
      const { actors, mentions } = extraction;
      const article = buildArticle(valid, id, extraction.lang, now());
      return { kind: 'write', path: item.path, article, graph: { actors, mentions } };
    } catch (error) {
      return failed(id, `extraction failed: ${(error as Error).message}`);
    }
  }

  const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
  const outcomeResult = ({ path, article }: Write, outcome: IngestOutcome): ArticleResult => ({
    path,
    id: article.id,
    status: outcome.created ? 'created' : 'unchanged',
  });

  /** Reports the failure; false (stop) when the store is unavailable. */
  function failedWrite({ path, article }: Write, error: unknown): boolean {
    const reason = reasonOf(error);
    report({ path, id: article.id, status: 'failed', reason });
    if (error instanceof StoreUnavailableError) {
      summary.stopped = `the ${store.kind} store is unavailable: ${reason}`;
      return false;
    }
    // Anything else concerns this article only (the store rolled its transaction back).
    return true;
  }

  async function writeOne(prepared: Prepared): Promise<boolean> {
    if (prepared.kind === 'done') {
      report(prepared.result);
      return true;
    }
    try {
      report(outcomeResult(prepared, await store.ingest(prepared.article, prepared.graph)));
      return true;
    } catch (error) {
      return failedWrite(prepared, error);
    }
  }

  /** Writes a batch in one transaction, then reports it in order; false when the run stops. */
  async function writeBatch(batch: readonly Prepared[]): Promise<boolean> {
    const writes = batch.filter((p): p is Write => p.kind === 'write');
    if (writes.length >= 2) {
      let outcomes: IngestOutcome[] | null = null;
      try {
        outcomes = await store.ingestMany(writes.map(({ article, graph }) => ({ article, graph })));
      } catch (error) {
        if (error instanceof StoreUnavailableError) {
          // Nothing of the batch was written: report up to its first write, then stop.
          for (const prepared of batch) {
            if (prepared.kind === 'done') report(prepared.result);
            else return failedWrite(prepared, error);
          }
        }
        // Otherwise one article spoiled the batch: write them one by one below.
      }
      if (outcomes) {
        let next = 0;
        for (const prepared of batch) {
          if (prepared.kind === 'done') report(prepared.result);
          else report(outcomeResult(prepared, outcomes[next++]!));
        }
        return true;
      }
    }
    for (const prepared of batch) if (!(await writeOne(prepared))) return false;
    return true;
  }

  let batch: Prepared[] = [];
  let batchWrites = 0;
  let batchStarted = 0;

  async function flush(): Promise<boolean> {
    const current = batch;
    batch = [];
    batchWrites = 0;
    return current.length === 0 || writeBatch(current);
  }

  async function add(prepared: Prepared): Promise<boolean> {
    if (batch.length === 0) batchStarted = performance.now();
    batch.push(prepared);
    if (prepared.kind === 'write') batchWrites += 1;
    return batchWrites >= batchSize ? flush() : true;
  }

  /** `promise`'s value, writing the open batch first when it is not ready by the batch's deadline. */
  async function waitFor<T>(promise: Promise<T>): Promise<T | typeof STOP> {
    if (batch.length > 0) {
      const remaining = batchStarted + batchMs - performance.now();
      const ready = remaining > 0 && (await settlesWithin(promise, remaining));
      if (!ready && !(await flush())) return STOP;
    }
    return promise;
  }

  const ahead: Promise<Prepared>[] = [];
  // Rejections are awaited in order below; until then keep them from counting as unhandled.
  const track = (promise: Promise<Prepared>) => {
    promise.catch(() => {});
    ahead.push(promise);
  };
  /** Moves the oldest prepared article into the batch; false when the run stops. */
  async function takeOne(): Promise<boolean> {
    const prepared = await waitFor(ahead.shift()!);
    return prepared !== STOP && (await add(prepared));
  }

  const iterator = items[Symbol.asyncIterator]();
  const stop = () => {
    iterator.return?.().catch(() => {});
    return summary;
  };
  for (;;) {
    const next = await waitFor(iterator.next());
    if (next === STOP) return stop();
    if (next.done) break;
    track(prepare(next.value));
    if (ahead.length >= window && !(await takeOne())) return stop();
  }
  while (ahead.length > 0) {
    if (!(await takeOne())) return summary;
  }
  await flush();
  return summary;
}
